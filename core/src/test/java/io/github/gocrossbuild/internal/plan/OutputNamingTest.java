package io.github.gocrossbuild.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link OutputNaming}. */
class OutputNamingTest {
  @TempDir Path dir;

  @Test
  void shouldNameByTargetAndVariant() {
    assertThat(OutputNaming.fileName("app", Target.parse("linux/arm64")))
        .isEqualTo("app-linux-arm64");
    assertThat(OutputNaming.fileName("app", Target.parse("linux/arm/v7")))
        .isEqualTo("app-linux-arm-v7");
    assertThat(OutputNaming.fileName("app", Target.parse("linux/amd64/v3")))
        .isEqualTo("app-linux-amd64-v3");
    assertThat(OutputNaming.fileName("app", Target.parse("linux/arm64/v8.2,lse")))
        .isEqualTo("app-linux-arm64-v8.2-lse");
    assertThat(OutputNaming.fileName("app", Target.parse("windows/amd64")))
        .isEqualTo("app-windows-amd64.exe");
    assertThat(OutputNaming.fileName("app", Target.parse("js/wasm"))).isEqualTo("app-js-wasm.wasm");
  }

  @Test
  void shouldTakeTheModulePathForTheRootPackage() throws IOException {
    Files.writeString(
        dir.resolve("go.mod"), "// comment\nmodule \"example.com/svc/v2\" // x\n\ngo 1.21\n");
    assertThat(OutputNaming.modulePath(dir)).contains("example.com/svc/v2");
    assertThat(OutputNaming.baseName(dir, ".")).isEqualTo("svc");
    assertThat(OutputNaming.baseName(dir, "./")).isEqualTo("svc");
  }

  @Test
  void shouldTakeTheLastElementOfOtherPackages() throws IOException {
    Files.writeString(dir.resolve("go.mod"), "module example.com/app\n");
    assertThat(OutputNaming.baseName(dir, "./cmd/server")).isEqualTo("server");
    assertThat(OutputNaming.baseName(dir, "example.com/app/cmd/worker")).isEqualTo("worker");
    assertThat(OutputNaming.baseName(dir, ".\\cmd\\win")).isEqualTo("win");
  }

  @Test
  void shouldFallBackToTheDirectoryNameWithoutGoMod() {
    assertThat(OutputNaming.modulePath(dir)).isEmpty();
    assertThat(OutputNaming.baseName(dir, ".")).isEqualTo(dir.getFileName().toString());
  }

  @Test
  void shouldRefuseNamelessPackages() {
    assertThatThrownBy(() -> OutputNaming.lastElement(".."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pkg: cannot derive a binary name from \"..\"; call binaryName(...)");
  }
}
