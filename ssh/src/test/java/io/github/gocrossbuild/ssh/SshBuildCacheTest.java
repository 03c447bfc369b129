package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.cache.BuildCache;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of {@link io.github.gocrossbuild.cache.BuildCache} with an {@link SshBuildHost}: the remote
 * toolchain cannot be hashed yet, so every build is a miss that says so.
 */
class SshBuildCacheTest {
  @RegisterExtension static final ConnectedSshd server = new ConnectedSshd();

  @Test
  void shouldBuildOnAnSshHostWithoutCachingAndSayWhy(@TempDir Path tmp) {
    Path module = TestModules.copyHello(tmp);
    Path cacheDir = tmp.resolve("cache");

    BuildResult r =
        GoCrossBuild.target("linux/arm64")
            .noCgo()
            .moduleDir(module)
            .outputDir(tmp.resolve("out"))
            .on(server.host())
            .cache(BuildCache.directory(cacheDir))
            .run();

    assertThat(r.fromCache()).isFalse();
    assertThat(r.cacheManifest()).isEmpty();
    assertThat(r.warnings())
        .filteredOn(w -> w.kind() == WarningId.CACHE_NOT_KEYED)
        .extracting(BuildWarning::message)
        .containsExactly(
            String.format(
                "not cached: the toolchain is on %s: toolchain identity on SSH hosts is not hashed"
                    + " yet",
                server.host().name()));
    // No artifact entry; with Go 1.24 the host's go shares the action cache (SshActionCacheTest).
    assertThat(cacheDir.resolve("ac")).doesNotExist();
    assertThat(cacheDir.resolve("cas")).doesNotExist();
  }
}
