package io.github.gocrossbuild.ssh;

import static io.github.gocrossbuild.ssh.ActionCacheBuilds.compiles;
import static io.github.gocrossbuild.ssh.ActionCacheBuilds.forgetResults;
import static io.github.gocrossbuild.ssh.ActionCacheBuilds.local;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.cache.BuildCache;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.testing.GoInstalls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of Go's action cache shared with an {@link SshBuildHost} through {@code GOCACHEPROG}: the
 * host's go reaches this machine's cache through a remote port forward, and a host whose go is
 * older than 1.24 builds with its own {@code GOCACHE} and a warning.
 */
class SshActionCacheTest {
  @RegisterExtension static final ConnectedSshd server = new ConnectedSshd();

  @TempDir Path tmp;

  private BuildResult build(BuildHost host, Path go, Path module, Path cacheDir, String gocache) {
    return GoCrossBuild.target("linux/arm64")
        .noCgo()
        .moduleDir(module)
        .outputDir(tmp.resolve("out-" + gocache))
        .goCommand(go)
        .on(host)
        .env("GOCACHE", tmp.resolve(gocache).toString())
        .env("GOFLAGS", "-x")
        .cache(BuildCache.directory(cacheDir))
        .run();
  }

  @Test
  void shouldBuildWarmOnAFreshHostWhatThisMachineBuilt() throws IOException {
    Path go = GoInstalls.go("1.24");
    Path module = TestModules.copyHello(tmp);
    Path cacheDir = tmp.resolve("cache");

    BuildResult here = build(local(go), go, module, cacheDir, "local-gocache");
    forgetResults(cacheDir);
    BuildResult there = build(server.host(), go, module, cacheDir, "remote-gocache");
    forgetResults(cacheDir);
    // A new GOCACHE on the same host: the bridge lists the objects it holds, and their hits
    // travel without their bytes.
    BuildResult again = build(server.host(), go, module, cacheDir, "remote-gocache-2");

    assertThat(compiles(here)).isGreaterThan(20);
    assertThat(there.host()).isEqualTo(server.host().name());
    assertThat(there.warnings())
        .extracting(BuildWarning::kind)
        .doesNotContain(WarningId.CACHE_NO_GOCACHEPROG);
    assertThat(compiles(there)).isZero();
    assertThat(Files.readAllBytes(there.artifact())).isEqualTo(Files.readAllBytes(here.artifact()));
    assertThat(List.of(there.fromCache(), again.fromCache())).containsExactly(false, false);
    assertThat(again.warnings())
        .extracting(BuildWarning::kind)
        .doesNotContain(WarningId.CACHE_NO_GOCACHEPROG);
    assertThat(compiles(again)).isZero();
    assertThat(Files.readAllBytes(again.artifact())).isEqualTo(Files.readAllBytes(here.artifact()));
  }

  @Test
  void shouldWarnAndBuildWithItsOwnGocacheOnAHostWithGo123() {
    Path go = GoInstalls.go("1.23");
    Path module = TestModules.copyHello(tmp);
    Path cacheDir = tmp.resolve("cache");

    BuildResult r = build(server.host(), go, module, cacheDir, "remote-gocache");

    String version = r.toolchain().goVersion();
    assertThat(version).startsWith("go1.23");
    assertThat(r.warnings())
        .filteredOn(w -> w.kind() == WarningId.CACHE_NO_GOCACHEPROG)
        .extracting(BuildWarning::message)
        .containsExactly(
            String.format(
                "Go's action cache is not shared: %s on %s has no GOCACHEPROG (Go 1.24 or newer"
                    + " is needed); the build uses the host's own GOCACHE",
                version, server.host().name()));
    assertThat(compiles(r)).isGreaterThan(20);
    assertThat(cacheDir.resolve("go-actions")).doesNotExist();
  }
}
