package io.github.gocrossbuild.ssh.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildFailedException;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.ssh.Arm64Root;
import io.github.gocrossbuild.ssh.HostProbe;
import io.github.gocrossbuild.ssh.SshBuildHost;
import io.github.gocrossbuild.ssh.Sshd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link EmulatedGo}: the emulation trap on real hosts, an amd64 Go on the ARM64 host
 * ({@link Arm64Root}) and the ARM64 host's arm64 Go under qemu-user on this x86-64 machine.
 */
class EmulatedGoTest {

  @Test
  void shouldFindAnAmd64GoOnTheArm64HostBeforeTheBuildRuns(@TempDir Path tmp) throws Exception {
    Arm64Root.require();
    String goroot = "/tmp/gcb-amd64-go-" + tmp.getFileName();
    // The x86-64 go command with just enough of a GOROOT for `go version` and `go env`.
    Path here = Arm64Root.onHost(goroot);
    Files.createDirectories(here.resolve("bin"));
    Files.createDirectories(here.resolve("pkg/tool/linux_amd64"));
    Files.createDirectories(here.resolve("src/runtime"));
    Files.copy(Sshd.GO, here.resolve("bin/go"));
    String version = versionOf(Sshd.GO.getParent().getParent());
    List<BuildEvent> events = new CopyOnWriteArrayList<>();
    Path module = Files.createDirectories(tmp.resolve("module"));
    Files.writeString(module.resolve("go.mod"), "module example.com/m\n\ngo 1.21\n");
    Files.writeString(module.resolve("main.go"), "package main\n\nfunc main() {}\n");
    try (Sshd sshd = Arm64Root.start(tmp.resolve("sshd"), goroot + "/bin:");
        SshBuildHost host = SshBuildHost.connect(sshd.hostBuilder().build())) {
      HostProbe probe = host.probe();

      BuildWarning finding =
          new BuildWarning(
              WarningId.SSH_GO_EMULATED,
              String.format(
                  "go on 127.0.0.1:%1$d (%2$s/bin/go, %3$s) is built for linux/amd64 (go env"
                      + " GOHOSTARCH=amd64), but the machine is linux/arm64 (uname: Linux aarch64):"
                      + " it runs under emulation (qemu-user through binfmt_misc, Rosetta or the"
                      + " like), so every compile is several times slower, and a go build without"
                      + " GOARCH makes amd64 binaries. Fix: install the linux/arm64 Go, e.g."
                      + " goVersion(\"%3$s\") with GoDownloads (it installs the archive for the"
                      + " machine, %3$s.linux-arm64.tar.gz), or pass a native Go's path with"
                      + " goCommand(...).",
                  sshd.port(), goroot, version));
      assertThat(probe.goVersion()).contains(version);
      assertThat(probe.goEnv()).containsEntry("GOHOSTARCH", "amd64");
      assertThat(probe.findings()).containsExactly(finding);
      // A build sends it before anything reaches the host: this GOROOT has no compiler, so the
      // build then fails, as an emulated one would be slow.
      assertThatThrownBy(
              () ->
                  GoCrossBuild.target("linux/arm64")
                      .noCgo()
                      .moduleDir(module)
                      .on(host)
                      .listener(events::add)
                      .run())
          .isInstanceOf(BuildFailedException.class);
      assertThat(events)
          .filteredOn(e -> !(e instanceof BuildEvent.Started))
          .first()
          .isEqualTo(new BuildEvent.Warning(Target.parse("linux/arm64"), finding));
    } finally {
      Sshd.run(List.of("rm", "-rf", here.toString()));
    }
  }

  @Test
  void shouldFindAnArm64GoUnderQemuOnThisX86Host(@TempDir Path tmp) throws Exception {
    Arm64Root.require();
    String goBin = Arm64Root.onHost(Arm64Root.GO_BIN).toString();
    try (Sshd sshd = Sshd.start(tmp.resolve("sshd"), "SetEnv PATH=" + goBin + ":/usr/bin:/bin");
        SshBuildHost host = SshBuildHost.connect(sshd.hostBuilder().build())) {
      HostProbe probe = host.probe();

      assertThat(probe.uname()).isEqualTo("Linux x86_64");
      assertThat(probe.goCommand()).contains(goBin + "/go");
      assertThat(probe.findings())
          .containsExactly(
              new BuildWarning(
                  WarningId.SSH_GO_EMULATED,
                  String.format(
                      "go on 127.0.0.1:%1$d (%2$s/go, %3$s) is built for linux/arm64 (go env"
                          + " GOHOSTARCH=arm64), but the machine is linux/amd64 (uname: Linux"
                          + " x86_64): it runs under emulation (qemu-user through binfmt_misc,"
                          + " Rosetta or the like), so every compile is several times slower, and a"
                          + " go build without GOARCH makes arm64 binaries. Fix: install the"
                          + " linux/amd64 Go, e.g. goVersion(\"%3$s\") with GoDownloads (it"
                          + " installs the archive for the machine, %3$s.linux-amd64.tar.gz), or"
                          + " pass a native Go's path with goCommand(...).",
                      sshd.port(), goBin, versionOf(Path.of(goBin).getParent()))));
    }
  }

  /** The version a Go installation's VERSION file names, e.g. {@code go1.23.5}. */
  private static String versionOf(Path goroot) throws java.io.IOException {
    return Files.readAllLines(goroot.resolve("VERSION")).get(0).strip();
  }
}
