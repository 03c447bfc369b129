package io.github.gocrossbuild.internal.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.EnvBinding;
import io.github.gocrossbuild.env.EnvConsumer;
import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.env.ToolchainFacts;
import io.github.gocrossbuild.testing.RealTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link CgoChecks}. */
class CgoChecksTest {
  private static final ToolchainFacts FACTS =
      ToolchainFacts.builder().hostTarget(Target.parse("linux/amd64")).build();

  @TempDir Path tmp;

  private static ResolvedEnv env(String... nameValue) {
    List<EnvBinding> b = new ArrayList<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      b.add(EnvBinding.of(nameValue[i], nameValue[i + 1], EnvLayer.PROCESS, "process"));
    }
    return ResolvedEnv.of(EnvConsumer.VSCODE_TASK, b, List.of());
  }

  @Test
  void shouldSayCgoIsOffWithoutAToolchainToList() {
    EnvFinding f =
        CgoChecks.offCross(
            env("GOOS", "linux", "GOARCH", "arm64"),
            FACTS,
            tmp,
            "./...",
            "task \"t\"",
            "set CGO_ENABLED");
    assertThat(f.id()).isEqualTo("env.cgo-off-cross");
    assertThat(f.severity()).isEqualTo(EnvFinding.Severity.INFO);
    assertThat(f.message())
        .isEqualTo(
            "cgo is off for task \"t\" (linux/arm64) because Go turns"
                + " it off when cross-compiling from linux/amd64 and nothing sets CGO_ENABLED; packages"
                + " with cgo files fall back to pure Go or fail to build (no toolchain to run `go"
                + " list`). To decide: set CGO_ENABLED.");
  }

  @Test
  void shouldSayGoListIsNotRunForAWorkspaceOnAnotherMachine() {
    ToolchainFacts remote =
        ToolchainFacts.builder()
            .hostTarget(Target.parse("linux/amd64"))
            .goVersion("go1.23.5")
            .build();
    EnvFinding f =
        CgoChecks.offCross(
            env("GOOS", "linux", "GOARCH", "arm64"),
            remote,
            tmp,
            "./...",
            "task \"t\"",
            "set CGO_ENABLED");
    assertThat(f.message())
        .endsWith(
            "packages with cgo files fall back to pure Go or fail to build (`go list` is not run"
                + " on the machine where the workspace lives). To decide: set CGO_ENABLED.");
  }

  @Test
  void shouldSeeAnImportOfCAddedWithoutTouchingGoMod() throws IOException {
    Files.writeString(tmp.resolve("go.mod"), "module example.com/m\n\ngo 1.21\n");
    Files.writeString(tmp.resolve("main.go"), "package main\n\nfunc main() {}\n");
    ToolchainFacts facts =
        ToolchainFacts.builder()
            .hostTarget(Target.parse("linux/amd64"))
            .goCommand(RealTools.go().toString())
            .build();
    ResolvedEnv env =
        env(
            "GOOS",
            "linux",
            "GOARCH",
            "arm64",
            "HOME",
            System.getProperty("user.home"),
            "PATH",
            RealTools.go().getParent() + ":/usr/bin:/bin");

    EnvFinding before = CgoChecks.offCross(env, facts, tmp, ".", "the build", "say noCgo()");
    Files.writeString(
        tmp.resolve("c.go"), "package main\n\n// int one(void) { return 1; }\nimport \"C\"\n");
    EnvFinding after = CgoChecks.offCross(env, facts, tmp, ".", "the build", "say noCgo()");

    assertThat(before.severity()).isEqualTo(EnvFinding.Severity.INFO);
    assertThat(before.message())
        .endsWith(
            "; `go list` finds no package with cgo files in ., so nothing is dropped. To say so:"
                + " say noCgo().");
    assertThat(after.severity()).isEqualTo(EnvFinding.Severity.WARNING);
    assertThat(after.message())
        .endsWith(
            "; these cgo files are dropped (pure-Go fallbacks are used where they exist):"
                + " runtime/cgo: cgo.go; example.com/m: c.go. To decide: say noCgo().");
  }

  @Test
  void shouldFlagCgoOnForACrossTargetWithoutCc() {
    EnvFinding f =
        CgoChecks.crossWithoutCc(
                env("GOOS", "linux", "GOARCH", "arm64", "CGO_ENABLED", "1"),
                FACTS,
                (c, e) -> true,
                "the build")
            .orElseThrow();
    assertThat(f.id()).isEqualTo("env.cgo-cross-no-cc");
    assertThat(f.message())
        .isEqualTo(
            "CGO_ENABLED=1 (from process) for the cross target"
                + " linux/arm64 of the build, but CC is not set: go will run the host's gcc, which"
                + " cannot compile for linux/arm64. Set CC (and CXX) to a cross compiler such as"
                + " aarch64-linux-gnu-gcc or `zig cc -target aarch64-linux-gnu`, or set CGO_ENABLED=0.");
  }

  @Test
  void shouldFlagACcThatIsNotOnPathAndAcceptOneThatIs() {
    ResolvedEnv env =
        env(
            "GOOS",
            "windows",
            "GOARCH",
            "amd64",
            "CGO_ENABLED",
            "1",
            "CC",
            "x86_64-w64-mingw32-gcc");
    assertThat(CgoChecks.crossWithoutCc(env, FACTS, (c, e) -> false, "b").orElseThrow().message())
        .contains(
            "CC=x86_64-w64-mingw32-gcc (from process) is not on PATH (the"
                + " standard library has no cgo code for windows");
    assertThat(CgoChecks.crossWithoutCc(env, FACTS, (c, e) -> true, "b")).isEmpty();
    assertThat(
            CgoChecks.crossWithoutCc(
                env("CGO_ENABLED", "1", "GOOS", "linux", "GOARCH", "amd64"),
                FACTS,
                (c, e) -> false,
                "b"))
        .isEmpty();
  }
}
