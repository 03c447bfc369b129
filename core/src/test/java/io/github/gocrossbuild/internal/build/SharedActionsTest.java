package io.github.gocrossbuild.internal.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoToolchainFixture;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.cache.BuildCache;
import io.github.gocrossbuild.internal.Sha256;
import io.github.gocrossbuild.testing.GoInstalls;
import io.github.gocrossbuild.testing.NginxServer;
import io.github.gocrossbuild.testing.TestKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link SharedActions}: real builds with Go 1.24 through {@code GOCACHEPROG}, each with
 * its own empty {@code GOCACHE}, and with Go 1.23, which has no {@code GOCACHEPROG}.
 */
class SharedActionsTest {
  @TempDir Path tmp;

  private BuildResult build(Path go, Path module, BuildCache cache, String gocache) {
    return build(go, module, cache, gocache, "xdg");
  }

  private BuildResult build(Path go, Path module, BuildCache cache, String gocache, String xdg) {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("PATH", go.getParent() + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("GOTOOLCHAIN", "local");
    env.put("XDG_CACHE_HOME", tmp.resolve(xdg).toString());
    env.remove("GOFLAGS");
    return GoCrossBuild.target("linux/arm64")
        .noCgo()
        .moduleDir(module)
        .outputDir(tmp.resolve("out-" + gocache))
        .goCommand(go)
        .on(BuildHosts.local(env))
        .env("GOCACHE", tmp.resolve(gocache).toString())
        .env("GOFLAGS", "-x")
        .cache(cache)
        .run();
  }

  /** The packages go compiled, as {@code -x} shows them. */
  private static long compiles(BuildResult r) {
    return r.output().lines().filter(l -> l.matches(".*/compile -o .*")).count();
  }

  private static long files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> !p.getFileName().toString().startsWith(".")).count();
    }
  }

  @Test
  void shouldStartAFreshGocacheWarmFromTheSharedActions() throws IOException {
    Path go = GoInstalls.go("1.24");
    Path module = GoToolchainFixture.copyModule("hello", tmp);
    Path cacheDir = tmp.resolve("cache");

    BuildResult cold = build(go, module, BuildCache.directory(cacheDir), "gocache1");
    long entries = files(cacheDir.resolve("go-actions/a"));
    Files.writeString(
        module.resolve("main.go"), "\nconst changed = 1\n", StandardOpenOption.APPEND);
    BuildResult warm = build(go, module, BuildCache.directory(cacheDir), "gocache2");

    assertThat(cold.warnings())
        .extracting(BuildWarning::kind)
        .doesNotContain(WarningId.CACHE_NO_GOCACHEPROG);
    assertThat(compiles(cold)).isGreaterThan(20);
    assertThat(entries).isGreaterThan(compiles(cold));
    assertThat(files(cacheDir.resolve("go-actions/o"))).isPositive();
    assertThat(warm.fromCache()).isFalse();
    assertThat(compiles(warm)).isEqualTo(1);
    assertThat(warm.output()).contains("compile -o $WORK/b001/_pkg_.a").contains("-p main ");
    assertThat(warm.binary().goarch()).isEqualTo(cold.binary().goarch());
  }

  @Test
  void shouldKeepAReadOnlyCacheUnwritten() throws IOException {
    Path cacheDir = tmp.resolve("cache");

    BuildResult r =
        build(
            GoInstalls.go("1.24"),
            GoToolchainFixture.copyModule("hello", tmp),
            BuildCache.directory(cacheDir).readOnly(),
            "gocache1");

    assertThat(compiles(r)).isGreaterThan(20);
    assertThat(r.warnings())
        .extracting(BuildWarning::kind)
        .doesNotContain(WarningId.CACHE_NO_GOCACHEPROG);
    assertThat(cacheDir).doesNotExist();
  }

  @Test
  void shouldWarnAndUseItsOwnGocacheWithGo123() throws IOException {
    Path cacheDir = tmp.resolve("cache");

    BuildResult r =
        build(
            GoInstalls.go("1.23"),
            GoToolchainFixture.copyModule("hello", tmp),
            BuildCache.directory(cacheDir),
            "gocache1");

    String version = r.toolchain().goVersion();
    assertThat(version).startsWith("go1.23");
    assertThat(r.warnings())
        .containsExactly(
            new BuildWarning(
                WarningId.CACHE_NO_GOCACHEPROG,
                String.format(
                    "Go's action cache is not shared: %s on local has no GOCACHEPROG (Go 1.24 or"
                        + " newer is needed); the build uses the host's own GOCACHE",
                    version)));
    assertThat(compiles(r)).isGreaterThan(20);
    assertThat(tmp.resolve("gocache1")).isNotEmptyDirectory();
    assertThat(cacheDir.resolve("go-actions")).doesNotExist();
  }

  @Test
  void shouldShareGoActionsThroughAnHttpCacheBetweenMachines() throws IOException {
    Path go = GoInstalls.go("1.24");
    Path module = GoToolchainFixture.copyModule("hello", tmp);
    try (NginxServer nginx = NginxServer.start(tmp.resolve("nginx"))) {
      BuildCache cache = BuildCache.http(nginx.url("cache"));

      // Two machines: each its own GOCACHE and its own cache directory (XDG_CACHE_HOME).
      BuildResult cold = build(go, module, cache, "gocache1", "xdg1");
      Files.writeString(
          module.resolve("main.go"), "\nconst changed = 1\n", StandardOpenOption.APPEND);
      BuildResult warm = build(go, module, cache, "gocache2", "xdg2");

      assertThat(cold.warnings()).isEmpty();
      assertThat(warm.warnings()).isEmpty();
      assertThat(compiles(cold)).isGreaterThan(20);
      assertThat(compiles(warm)).isEqualTo(1);
      assertThat(warm.fromCache()).isFalse();
      // Every output on the server is its own SHA-256; the second machine fetched what it used.
      List<String> gets =
          nginx.accessLog().lines().filter(l -> l.startsWith("GET /cache/cas/")).toList();
      assertThat(gets).isNotEmpty().allMatch(l -> l.endsWith(" 200 " + l.split(" ")[3]));
      try (Stream<Path> s = Files.list(nginx.root().resolve("cache/cas"))) {
        for (Path object : s.toList()) {
          assertThat(Sha256.of(object)).isEqualTo(object.getFileName().toString());
        }
      }
      assertThat(files(tmp.resolve("xdg2/gocrossbuild/go-actions"))).isEqualTo(1);
    }
  }

  @Test
  void shouldKeepBuildingWhenTheHttpCacheDiesAndSayWhy() throws IOException {
    NginxServer nginx = NginxServer.start(tmp.resolve("nginx"));
    BuildCache cache = BuildCache.http(nginx.url("cache")).timeout(Duration.ofSeconds(5));
    nginx.kill();

    BuildResult r =
        build(GoInstalls.go("1.24"), GoToolchainFixture.copyModule("hello", tmp), cache, "gc");

    assertThat(compiles(r)).isGreaterThan(20);
    assertThat(r.warnings())
        .filteredOn(w -> w.kind() == WarningId.CACHE_NO_GOCACHEPROG)
        .singleElement()
        .satisfies(
            w ->
                assertThat(w.message())
                    .startsWith("Go's action cache stopped sharing: ")
                    .contains(nginx.url("cache/ac/").toString()));
    assertThat(r.binary().goarch()).contains(GoArch.ARM64);
  }

  @Test
  void shouldFinishTheBuildAndSayWhyWhenTheServerRefusesUploads() throws IOException {
    try (NginxServer nginx =
        NginxServer.start(
            tmp.resolve("nginx"),
            "location /putfails/ { if ($request_method = PUT) { return 500; } }")) {
      BuildResult r =
          build(
              GoInstalls.go("1.24"),
              GoToolchainFixture.copyModule("hello", tmp),
              BuildCache.http(nginx.url("putfails")),
              "gocache1");

      assertThat(compiles(r)).isGreaterThan(20);
      assertThat(r.binary().goarch()).contains(GoArch.ARM64);
      assertThat(r.warnings())
          .filteredOn(w -> w.kind() == WarningId.CACHE_NO_GOCACHEPROG)
          .extracting(BuildWarning::message)
          .singleElement()
          .asString()
          .startsWith(
              "Go's action cache stopped sharing: a Go action output could not be sent to the"
                  + " server: ")
          .contains(nginx.url("putfails/cas/").toString())
          .contains("500");
    }
  }

  @Test
  void shouldNotTakeUnsignedGoActionsFromACacheWithTrustedKeys() throws IOException {
    Path cacheDir = tmp.resolve("cache");
    Path key = TestKeys.ecdsa(tmp, "k").publicKey();

    BuildResult r =
        build(
            GoInstalls.go("1.24"),
            GoToolchainFixture.copyModule("hello", tmp),
            BuildCache.directory(cacheDir).trustedKeys(key),
            "gocache1");

    assertThat(r.warnings())
        .contains(
            new BuildWarning(
                WarningId.CACHE_NO_GOCACHEPROG,
                "Go's action cache is not shared: the build cache has trustedKeys, and Go's action"
                    + " outputs are not signed; the build uses the host's own GOCACHE"));
    assertThat(compiles(r)).isGreaterThan(20);
    assertThat(cacheDir.resolve("go-actions")).doesNotExist();
  }
}
