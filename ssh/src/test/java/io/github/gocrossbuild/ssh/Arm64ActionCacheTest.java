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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Go's action cache shared with the native ARM64 host ({@link Arm64Root}, with its arm64 Go 1.24):
 * this x86-64 machine cross-builds linux/arm64 with its Go 1.24 into an empty build cache, and the
 * ARM64 host, whose bridge holds nothing yet, builds the same target natively through that cache.
 * With {@code GOCACHEPROG} the go command keeps its actions in the cache program, not in {@code
 * GOCACHE}, so the host's own {@code GOCACHE} (the tests' shared one) only speeds up the first
 * compile of the bridge itself, which under emulation takes minutes cold.
 */
class Arm64ActionCacheTest {
  @RegisterExtension static final ConnectedSshd arm64 = ConnectedSshd.arm64();

  @TempDir Path tmp;

  private BuildResult build(BuildHost host, Path go, Path module, Path cacheDir, String gocache) {
    return GoCrossBuild.target("linux/arm64")
        .noCgo()
        .moduleDir(module)
        .outputDir(tmp.resolve("out-" + host.name().replaceAll("[^a-z0-9]", "")))
        .goCommand(go)
        .on(host)
        .env("GOCACHE", gocache)
        .env("GOFLAGS", "-x")
        .cache(BuildCache.directory(cacheDir))
        .run();
  }

  @Test
  void shouldBuildOnTheArm64HostWarmFromThisMachinesCrossBuild() throws IOException {
    Arm64Root.requireGo124();
    Path go = GoInstalls.go("1.24");
    Path module = TestModules.copyHello(tmp);
    Path cacheDir = tmp.resolve("cache");

    BuildResult here = build(local(go), go, module, cacheDir, tmp.resolve("gocache").toString());
    forgetResults(cacheDir);
    BuildResult there =
        build(
            arm64.host(), Path.of(Arm64Root.GO124_BIN, "go"), module, cacheDir, Arm64Root.GOCACHE);

    assertThat(here.toolchain().goEnv()).containsEntry("GOHOSTARCH", "amd64");
    assertThat(there.toolchain().goEnv()).containsEntry("GOHOSTARCH", "arm64");
    assertThat(there.toolchain().goVersion()).isEqualTo(here.toolchain().goVersion());
    assertThat(compiles(here)).isGreaterThan(20);
    assertThat(there.warnings())
        .as(there.warnings().toString() + there.toolchain())
        .extracting(BuildWarning::kind)
        .doesNotContain(WarningId.CACHE_NO_GOCACHEPROG);
    assertThat(there.fromCache()).isFalse();
    assertThat(compiles(there)).isZero();
    assertThat(Files.readAllBytes(there.artifact())).isEqualTo(Files.readAllBytes(here.artifact()));
  }
}
