package io.github.gocrossbuild.internal.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.EnvBinding;
import io.github.gocrossbuild.env.EnvConsumer;
import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.env.ToolchainFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link ToolchainSwitchCheck}. */
class ToolchainSwitchCheckTest {
  private static final ToolchainFacts FACTS =
      ToolchainFacts.builder()
          .hostTarget(Target.parse("linux/amd64"))
          .goVersion("go1.23.5")
          .build();

  @TempDir Path tmp;

  private Optional<EnvFinding> check(String goMod, String gotoolchain) throws IOException {
    Files.writeString(tmp.resolve("go.mod"), goMod);
    ResolvedEnv env =
        ResolvedEnv.of(
            EnvConsumer.LIBRARY_BUILD,
            gotoolchain == null
                ? List.of()
                : List.of(EnvBinding.of("GOTOOLCHAIN", gotoolchain, EnvLayer.PROCESS, "process")),
            List.of());
    return ToolchainSwitchCheck.check(env, FACTS, tmp);
  }

  @Test
  void shouldWarnThatAutoDownloadsANewerToolchain() throws IOException {
    EnvFinding f = check("module m\n\ngo 1.24.0\n", "auto").orElseThrow();
    assertThat(f.id()).isEqualTo("env.gotoolchain-switch");
    assertThat(f.severity()).isEqualTo(EnvFinding.Severity.WARNING);
    assertThat(f.message())
        .startsWith(
            tmp.resolve("go.mod")
                + " says `go 1.24.0`, newer than"
                + " the local go1.23.5; GOTOOLCHAIN=auto (from process) makes every go command download"
                + " golang.org/toolchain@v0.0.1-go1.24.0.");
  }

  @Test
  void shouldFailFastUnderLocalButOnlyForTheGoLine() throws IOException {
    EnvFinding f = check("module m\ngo 1.25\n", "local").orElseThrow();
    assertThat(f.severity()).isEqualTo(EnvFinding.Severity.ERROR);
    assertThat(f.message()).contains("go fails with \"go.mod requires go >= 1.25\"");
    assertThat(check("module m\ngo 1.22\ntoolchain go1.24.1\n", "local")).isEmpty();
    assertThat(check("module m\ngo 1.22\ntoolchain go1.24.1\n", "path").orElseThrow().message())
        .contains("`toolchain go1.24.1`")
        .contains("look for go1.24.1 on PATH");
  }

  @Test
  void shouldReadTheGoLinesAsTheBuildDoesCommentsIncluded() throws IOException {
    // The same file the pre-build check (GoModRequirement) refuses must be reported here too.
    EnvFinding f =
        check("module m // app\ngo 1.25 // needs range-over-func\n", "local").orElseThrow();
    assertThat(f.severity()).isEqualTo(EnvFinding.Severity.ERROR);
    assertThat(f.message()).contains("says `go 1.25`");
    assertThat(check("// go 1.99\nmodule m\ngo 1.21\n", "local")).isEmpty();
  }

  @Test
  void shouldStaySilentForOlderOrEqualVersionsAndMissingFiles() throws IOException {
    assertThat(check("module m\ngo 1.23.5\n", "auto")).isEmpty();
    assertThat(check("module m\ngo 1.23rc1\n", "auto")).isEmpty();
    assertThat(check("module m\n", "auto")).isEmpty();
    assertThat(
            ToolchainSwitchCheck.check(
                ResolvedEnv.of(EnvConsumer.LIBRARY_BUILD, List.of(), List.of()),
                FACTS,
                tmp.resolve("nowhere")))
        .isEmpty();
  }
}
