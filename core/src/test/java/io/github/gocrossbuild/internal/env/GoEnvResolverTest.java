package io.github.gocrossbuild.internal.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.EnvBinding;
import io.github.gocrossbuild.env.EnvConsumer;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.env.ToolchainFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link GoEnvResolver}. */
class GoEnvResolverTest {
  @TempDir Path tmp;

  private ToolchainFacts facts(Path goroot) {
    return ToolchainFacts.builder()
        .hostTarget(Target.parse("linux/amd64"))
        .goRoot(goroot.toString())
        .build();
  }

  private static EnvBinding proc(String name, String value) {
    return EnvBinding.of(name, value, EnvLayer.PROCESS, "process");
  }

  @Test
  void shouldReadTheUserFileWhereTheResultingEnvironmentPointsAndGoEnv() throws IOException {
    Path goroot = Files.createDirectories(tmp.resolve("goroot"));
    Files.writeString(
        goroot.resolve("go.env"),
        "GOPROXY=https://proxy.golang.org,direct\n" + "GOROOT=/ignored\nGOTOOLCHAIN=auto\n");
    Path custom = tmp.resolve("custom.env");
    Files.writeString(custom, "GOARCH=arm64\nGOTOOLCHAIN=local\n");
    ResolvedEnv env =
        GoEnvResolver.resolve(
            EnvConsumer.VSCODE_TASK,
            List.of(proc("HOME", "/h"), proc("GOENV", custom.toString())),
            facts(goroot),
            Optional.empty(),
            (c, e) -> false,
            Optional.empty());
    assertThat(env.asMap())
        .containsEntry("GOARCH", "arm64")
        .containsEntry("GOTOOLCHAIN", "local")
        .containsEntry("GOPROXY", "https://proxy.golang.org,direct")
        .containsEntry("GOROOT", goroot.toString())
        .containsEntry("CGO_ENABLED", "0");
    assertThat(env.explain("GOTOOLCHAIN").shadowed())
        .extracting(EnvBinding::layer)
        .containsExactly(EnvLayer.GOROOT_ENV_FILE, EnvLayer.GO_DEFAULT);
  }

  @Test
  void shouldUseFilesTheCallerAlreadyReadAndItsCgoDefault() {
    GoEnvResolver.GoFiles files =
        new GoEnvResolver.GoFiles(
            Optional.of("/remote/env"),
            Map.of("GOFLAGS", "-trimpath"),
            "/remote/go/go.env",
            Map.of("GOSUMDB", "off"));
    ResolvedEnv env =
        GoEnvResolver.resolve(
            EnvConsumer.LIBRARY_BUILD,
            List.of(),
            facts(tmp),
            Optional.of(files),
            (c, e) -> true,
            Optional.of(EnvBinding.of("CGO_ENABLED", "0", EnvLayer.GO_DEFAULT, "remote rule")));
    assertThat(env.explain("GOFLAGS").winner().orElseThrow().origin()).isEqualTo("/remote/env");
    assertThat(env.explain("GOSUMDB").winner().orElseThrow().origin())
        .isEqualTo("/remote/go/go.env");
    assertThat(env.explain("CGO_ENABLED").winner().orElseThrow().origin()).isEqualTo("remote rule");
  }

  @Test
  void shouldFindCommandsOnTheLocalPath() throws IOException {
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path cc = Files.createFile(bin.resolve("cc-test"));
    cc.toFile().setExecutable(true);
    assertThat(GoEnvResolver.onLocalPath("cc-test", Map.of("PATH", ":" + bin))).isTrue();
    assertThat(GoEnvResolver.onLocalPath("cc-test", Map.of("PATH", "/nonexistent"))).isFalse();
    assertThat(GoEnvResolver.onLocalPath("cc-test", Map.of())).isFalse();
  }
}
