package io.github.gocrossbuild.internal.toolchain.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoDownloads;
import io.github.gocrossbuild.GoToolchainFixture;
import io.github.gocrossbuild.spi.Toolchain;
import io.github.gocrossbuild.spi.ToolchainSource;
import io.github.gocrossbuild.testing.GoArchives;
import io.github.gocrossbuild.testing.MirrorServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link VersionedToolchains}: found as it is, or installed and saying so. */
class VersionedToolchainsTest {
  @TempDir Path tmp;

  @Test
  void shouldUseTheDiscoveredToolchainWhenItHasTheVersion() {
    Path mirror = tmp.resolve("mirror");
    GoArchives.publish(GoArchives.real(), mirror);
    try (MirrorServer server = MirrorServer.serve(mirror)) {
      GoDownloads downloads = GoDownloads.from(server.base()).cacheDir(tmp.resolve("cache"));
      Map<String, String> env = GoToolchainFixture.environment();
      Toolchain tc = VersionedToolchains.local(GoArchives.localVersion(), downloads, env);
      assertThat(tc.goVersion()).isEqualTo(GoArchives.localVersion());
      assertThat(tc.foundBy())
          .isEqualTo(
              String.format(
                  "goVersion(%s): found by PATH (%s)",
                  GoArchives.localVersion(), GoToolchainFixture.go().getParent()));
      assertThat(tc.source()).isEqualTo(ToolchainSource.PATH);
      assertThat(tc.downloadUrl()).isEmpty();
      assertThat(tc.archiveSha256()).isEmpty();
      assertThat(server.requests(GoArchives.archiveName())).isZero();
    }
  }

  @Test
  void shouldInstallWhenNoToolchainOfTheVersionIsFoundAndSayFromWhere() {
    Path mirror = tmp.resolve("mirror");
    GoArchives.publish(GoArchives.real(), mirror);
    Path cache = tmp.resolve("cache");
    String v = GoArchives.localVersion();
    try (MirrorServer server = MirrorServer.serve(mirror)) {
      GoDownloads downloads = GoDownloads.from(server.base()).cacheDir(cache);
      Map<String, String> env = GoToolchainFixture.environment();
      Toolchain tc = VersionedToolchains.choose(v, downloads, env, Optional.empty());
      assertThat(tc.goCommand()).isEqualTo(cache.resolve(v).resolve("bin/go").toString());
      assertThat(tc.goRoot()).contains(cache.resolve(v).toString());
      assertThat(tc.foundBy())
          .isEqualTo(
              String.format(
                  "goVersion(%s): installed from %s%s into %s (local toolchain: none)",
                  v, server.base(), GoArchives.archiveName(), cache.resolve(v)));
      assertThat(tc.source()).isEqualTo(ToolchainSource.INSTALLED);
      Toolchain again = VersionedToolchains.choose(v, downloads, env, Optional.empty());
      assertThat(again.foundBy())
          .isEqualTo(
              String.format(
                  "goVersion(%s): installed earlier in %s (local toolchain: none)",
                  v, cache.resolve(v)));
      String url = server.base() + GoArchives.archiveName();
      String sha256 = GoArchives.sha256(GoArchives.real());
      assertThat(tc.downloadUrl()).contains(url);
      assertThat(tc.archiveSha256()).contains(sha256);
      assertThat(again.downloadUrl()).contains(url);
      assertThat(again.archiveSha256()).contains(sha256);
      assertThat(server.requests(GoArchives.archiveName())).isEqualTo(1);
    }
  }
}
