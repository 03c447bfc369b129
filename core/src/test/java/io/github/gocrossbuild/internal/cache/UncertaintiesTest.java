package io.github.gocrossbuild.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link Uncertainties}: which go.mod replacements are local directories. */
class UncertaintiesTest {
  @TempDir Path module;

  @Test
  void shouldTellDirectoriesFromModulePathsAsGoModDoes() {
    assertThat(Uncertainties.isLocalPath("./lib")).isTrue();
    assertThat(Uncertainties.isLocalPath("../lib")).isTrue();
    assertThat(Uncertainties.isLocalPath("/src/lib")).isTrue();
    assertThat(Uncertainties.isLocalPath(".")).isTrue();
    assertThat(Uncertainties.isLocalPath("..")).isTrue();
    assertThat(Uncertainties.isLocalPath("..\\lib")).isTrue();
    assertThat(Uncertainties.isLocalPath("C:\\src\\lib")).isTrue();
    assertThat(Uncertainties.isLocalPath("example.com/lib")).isFalse();
    assertThat(Uncertainties.isLocalPath("lib")).isFalse();
    assertThat(Uncertainties.isLocalPath(".lib")).isFalse();
  }

  @Test
  void shouldFindALocalReplacementInABlockAndIgnoreModuleReplacements() throws IOException {
    Files.writeString(
        module.resolve("go.mod"),
        "module example.com/app\n\ngo 1.21\n\nreplace example.com/a v1.0.0 => example.com/b v1.1.0\n"
            + "replace (\n\texample.com/c => example.com/d v1.0.0 // not local\n"
            + "\t\"example.com/e\" v1.2.0 => \"../e\"\n)\n");
    assertThat(Uncertainties.localReplace(module))
        .contains(
            "go.mod replaces a module with the local directory ../e, which the key does not"
                + " cover");

    Files.writeString(
        module.resolve("go.mod"),
        "module example.com/app\n\nreplace example.com/a => example.com/b v1.1.0 // ./x\n");
    assertThat(Uncertainties.localReplace(module)).isEmpty();
  }
}
