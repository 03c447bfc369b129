package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.GoDownloads;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.testing.GoArchives;
import io.github.gocrossbuild.testing.MirrorServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link SshBuildHost#installGo(GoDownloads, String)} over a real sshd. */
class SshBuildHostInstallGoTest {

  @Test
  void shouldInstallGoForAUserWithoutGoAndBuildWithIt(@TempDir Path tmp) throws Exception {
    Path mirror = tmp.resolve("mirror");
    String sha = GoArchives.publish(GoArchives.real(), mirror);
    String v = GoArchives.localVersion();
    Path module = TestModules.copyHello(tmp);
    try (LoginUser user = LoginUser.create(false);
        MirrorServer server = MirrorServer.serve(mirror)) {
      String profile = Files.readString(Path.of(user.home(), ".profile"));
      String bashrc = Files.readString(Path.of(user.home(), ".bashrc"));
      GoDownloads downloads = GoDownloads.from(server.base()).cacheDir(tmp.resolve("cache"));
      String cache = user.home() + "/.cache/gocrossbuild";
      try (SshBuildHost remote =
          SshBuildHost.connect(
              user.sshd().hostBuilder().user(user.name()).remoteCacheDir(cache).build())) {
        RemoteRun which =
            remote.run(
                Path.of("/usr/bin/env"),
                List.of("sh", "-lc", "command -v go || echo none"),
                java.time.Duration.ofSeconds(30));
        assertThat(which.output().strip()).isEqualTo("none");

        String go = remote.installGo(downloads, v);

        assertThat(go).isEqualTo(cache + "/" + v + "/bin/go");
        assertThat(Path.of(go)).isExecutable();
        // The version directory, and no work directory left behind ("run" holds the check above).
        assertThat(Files.list(Path.of(cache)).map(p -> p.getFileName().toString()))
            .containsExactlyInAnyOrder(v, "run");
        assertThat(remote.installGo(downloads, v)).isEqualTo(go);
        assertThat(server.requests(GoArchives.archiveName())).isEqualTo(1);

        BuildResult r =
            withGoVersion(Target.current().orElseThrow(), module, tmp, v, downloads)
                .on(remote)
                .run();
        assertThat(r.toolchain().goCommand()).isEqualTo(go);
        assertThat(r.toolchain().foundBy())
            .isEqualTo(
                String.format(
                    "goVersion(%s): installed earlier in %s/%s on %s",
                    v, cache, v, user.sshd().hostBuilder().build().address()));
        assertThat(r.binary().buildInfo().orElseThrow().goVersion()).isEqualTo(v);
        // Provenance names the archive the host's toolchain was installed from, and its checksum.
        String url = server.base().resolve(GoArchives.archiveName()).toString();
        assertThat(r.toolchain().downloadUrl()).contains(url);
        assertThat(r.toolchain().archiveSha256()).contains(sha);
        assertThat(Files.readAllLines(Path.of(cache, v, ".gocrossbuild-download")))
            .containsExactly(url, sha);
        assertThat(r.provenance())
            .contains("\"uri\": \"" + url + "\"")
            .contains(String.format("\"sha256\": \"%s\"", sha));
      }
      assertThat(Files.readString(Path.of(user.home(), ".profile"))).isEqualTo(profile);
      assertThat(Files.readString(Path.of(user.home(), ".bashrc"))).isEqualTo(bashrc);
    }
  }

  /**
   * A build without cgo of a module into {@code tmp/out} with a Go version installed from a mirror.
   */
  static GoCrossBuilder withGoVersion(
      Target target, Path module, Path tmp, String version, GoDownloads downloads) {
    return GoCrossBuild.target(target)
        .noCgo()
        .moduleDir(module)
        .outputDir(tmp.resolve("out"))
        .goVersion(version)
        .goDownloads(downloads);
  }
}
