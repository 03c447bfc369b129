package io.github.gocrossbuild.internal.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.SmokeTestFailedException;
import io.github.gocrossbuild.SmokeTestResult;
import io.github.gocrossbuild.SmokeTestRunner;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.binary.Fixtures;
import io.github.gocrossbuild.binary.TestBinaries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tests for {@link SmokeRunner}. */
class SmokeRunnerTest {
  private static final Optional<Target> LINUX_AMD64 = Optional.of(Target.parse("linux/amd64"));

  @Test
  void shouldRunLinuxArm64UnderQemu() {
    TestBinaries.requireTool(
        Files.isExecutable(Path.of("/usr/bin/qemu-aarch64-static")),
        "qemu-aarch64-static (install qemu-user-static)");
    Path artifact = Fixtures.path(Fixtures.LINUX_ARM64);

    SmokeTestResult r =
        SmokeRunner.run(
            artifact,
            Target.parse("linux/arm64"),
            List.of("--version"),
            Duration.ofSeconds(60),
            Map.of());

    assertThat(r.ran()).isTrue();
    assertThat(r.runner()).isEqualTo("qemu-aarch64-static");
    assertThat(r.command())
        .containsExactly(
            "/usr/bin/qemu-aarch64-static", artifact.toAbsolutePath().toString(), "--version");
    assertThat(r.exitCode()).contains(0);
    assertThat(r.output()).isEqualTo("hello 1.0 linux/arm64\n");
    assertThat(r.failed()).isFalse();
  }

  @Test
  void shouldRunNativeTargetDirectly() {
    Target here = Target.current().orElseThrow();
    Path artifact = Fixtures.path(Fixtures.NATIVE_NETGO);

    SmokeTestResult r =
        SmokeRunner.run(artifact, here, List.of("--version"), Duration.ofSeconds(60), Map.of());

    assertThat(r.runner()).isEqualTo("native");
    assertThat(r.output()).isEqualTo("hello 1.0 " + here.platform() + "\n");
  }

  @Test
  void shouldThrowWithOutputOnNonZeroExit() {
    Target here = Target.current().orElseThrow();
    Path artifact = Fixtures.path(Fixtures.NATIVE_NETGO);

    assertThatThrownBy(
            () ->
                SmokeRunner.runChecked(
                    artifact, here, List.of("--fail"), Duration.ofSeconds(60), Map.of()))
        .isInstanceOf(SmokeTestFailedException.class)
        .hasMessage(
            artifact
                + ": smoke test exited with code 3 ("
                + artifact.toAbsolutePath()
                + " --fail via native), output:\nfailing on request")
        .satisfies(e -> assertThat(((SmokeTestFailedException) e).exitCode()).contains(3));
  }

  @Test
  void shouldKillProcessTreeOnTimeout() throws Exception {
    Path dir = Files.createDirectories(Path.of("target/smoke"));
    Path pidFile = dir.resolve("child.pid");
    Files.deleteIfExists(pidFile);
    Path script = dir.resolve("sleeper.sh");
    Files.writeString(
        script,
        "#!/bin/sh\nsleep 300 &\necho $! > " + pidFile.toAbsolutePath() + "\necho started\nwait\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));

    SmokeTestResult r =
        SmokeRunner.run(
            script, Target.current().orElseThrow(), List.of(), Duration.ofSeconds(2), Map.of());

    assertThat(r.timedOut()).isTrue();
    assertThat(r.exitCode()).isEmpty();
    assertThat(r.failed()).isTrue();
    assertThat(r.output()).isEqualTo("started\n");
    long child = Long.parseLong(Files.readString(pidFile).strip());
    Thread.sleep(200);
    assertThat(isRunning(child)).as("sleep child %d still running", child).isFalse();
  }

  /** A killed child whose parent died may stay a zombie when PID 1 does not reap: not running. */
  private static boolean isRunning(long pid) throws Exception {
    Path stat = Path.of("/proc/" + pid + "/stat");
    if (!Files.exists(stat)) {
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
    String s = Files.readString(stat);
    return s.charAt(s.lastIndexOf(')') + 2) != 'Z';
  }

  @Test
  void shouldSkipTargetsThisMachineCannotRun() {
    SmokeTestResult r =
        SmokeRunner.run(
            Path.of("app.exe"),
            Target.parse("windows/amd64"),
            List.of(),
            Duration.ofSeconds(1),
            Map.of());

    assertThat(r.ran()).isFalse();
    assertThat(r.failed()).isFalse();
    assertThat(r.skipReason())
        .contains(
            "cannot run windows/amd64 binaries on linux/amd64"
                + " (emulation is only supported for linux targets on linux hosts)");
  }

  @Test
  void shouldPlanQemuByGoArchAndExplainMissingEmulator() {
    assertThat(SmokeRunner.plan(Target.parse("linux/arm64"), LINUX_AMD64, "/usr/bin"))
        .isEqualTo(
            new SmokeRunner.Plan(
                List.of("/usr/bin/qemu-aarch64-static"),
                SmokeTestRunner.emulator("qemu-aarch64-static"),
                null));
    assertThat(
            SmokeRunner.plan(Target.parse("linux/arm64"), LINUX_AMD64, "/nonexistent").skipReason())
        .isEqualTo(
            "cannot run linux/arm64 binaries on linux/amd64: neither"
                + " qemu-aarch64-static nor qemu-aarch64 is on PATH (install qemu-user-static)");
    assertThat(SmokeRunner.plan(Target.parse("linux/amd64"), LINUX_AMD64, "").runner())
        .isEqualTo("native");
    assertThat(SmokeRunner.plan(Target.parse("linux/arm64"), Optional.empty(), "").skipReason())
        .isEqualTo("the local platform is not one Go supports");
  }

  @Test
  void shouldNameQemuArchitectures() {
    assertThat(
            List.of(
                    "arm64",
                    "arm",
                    "386",
                    "riscv64",
                    "ppc64le",
                    "s390x",
                    "mips",
                    "mipsle",
                    "mips64",
                    "mips64le",
                    "loong64",
                    "amd64")
                .stream()
                .map(
                    a ->
                        SmokeRunner.qemuArch(
                            io.github.gocrossbuild.GoArch.fromGoName(a).orElseThrow())))
        .containsExactly(
            "aarch64",
            "arm",
            "i386",
            "riscv64",
            "ppc64le",
            "s390x",
            "mips",
            "mipsel",
            "mips64",
            "mips64el",
            "loongarch64",
            "x86_64");
  }
}
