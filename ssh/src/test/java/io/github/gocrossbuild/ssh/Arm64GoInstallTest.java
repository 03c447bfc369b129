package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoDownloads;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.testing.GoArchives;
import io.github.gocrossbuild.testing.MirrorServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of {@code goVersion(...)} on a native ARM64 host with no Go at all: {@link
 * SshBuildHost#installGo(GoDownloads, String)} fetches the linux-arm64 archive here, from a local
 * mirror in the official layout made from Debian's arm64 Go, installs it there and builds with it.
 */
class Arm64GoInstallTest {
  private static final Target ARM64 = Target.parse("linux/arm64");

  @Test
  void shouldInstallArm64GoFromAMirrorOnAHostWithoutGoAndBuildWithIt(@TempDir Path tmp) {
    Arm64Root.require();
    Path archive =
        GoArchives.fromGoroot(Arm64Root.onHost(Arm64Root.GO_BIN).getParent(), "linux", "arm64");
    String v = archive.getFileName().toString().replace(".linux-arm64.tar.gz", "");
    Path mirror = tmp.resolve("mirror");
    GoArchives.publish(archive, mirror);
    Path module = TestModules.copyHello(tmp);
    try (Sshd sshd = Arm64Root.startWithoutGo(tmp.resolve("sshd"));
        MirrorServer server = MirrorServer.serve(mirror);
        SshBuildHost remote = SshBuildHost.connect(sshd.hostBuilder().build())) {
      HostProbe before = remote.probe();
      assertThat(before.target()).contains(ARM64);
      assertThat(before.goCommand()).isEmpty();
      assertThat(before.placesLooked()).isNotEmpty();
      GoDownloads downloads = GoDownloads.from(server.base()).cacheDir(tmp.resolve("cache"));
      String cache = sshd.dir().resolve("remote-cache").toString();

      BuildResult r =
          SshBuildHostInstallGoTest.withGoVersion(ARM64, module, tmp, v, downloads)
              .on(remote)
              .smokeTest()
              .run();

      String go = cache + "/" + v + "/bin/go";
      assertThat(r.toolchain().foundBy())
          .isEqualTo(
              String.format(
                  "goVersion(%s): installed from %s%s into %s/%s on %s (host toolchain: none)",
                  v, server.base(), archive.getFileName(), cache, v, remote.name().split("@")[1]));
      assertThat(r.toolchain().goCommand()).isEqualTo(go);
      assertThat(r.toolchain().hostTarget()).contains(ARM64);
      assertThat(Arm64Root.onHost(go)).isExecutable();
      assertThat(server.requests(archive.getFileName().toString())).isEqualTo(1);
      assertThat(r.binary().goarch()).contains(GoArch.ARM64);
      assertThat(r.binary().buildInfo().orElseThrow().goVersion()).isEqualTo(v);
      assertThat(r.smokeTest().orElseThrow().output()).isEqualTo("hello ssh\nv=dev");
      assertThat(remote.probe().goCommand()).isEmpty();
      assertThat(Files.exists(Arm64Root.onHost(cache + "/" + v + "/src/runtime"))).isTrue();
    }
  }
}
