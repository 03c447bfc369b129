package io.github.gocrossbuild.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.GoToolchainFixture;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.cache.BuildCache;
import io.github.gocrossbuild.internal.Sha256;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.testing.NginxServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The HTTP cache tests' world: the {@code hello} module, the local host with the test toolchain, a
 * real nginx whose {@code /cache/} location is a cache, and builds of linux/arm64 each writing to a
 * fresh output directory {@code out1}, {@code out2}, ...
 */
final class HttpCacheBuilds implements AutoCloseable {
  private final Path tmp;
  private final Path module;
  private final BuildHost host;
  private final NginxServer nginx;
  private int outputs;

  /**
   * Starts nginx.
   *
   * @param tmp the test's directory
   * @param locations more nginx {@code location} blocks
   */
  HttpCacheBuilds(Path tmp, List<String> locations) {
    GoToolchainFixture.go();
    this.tmp = tmp;
    this.module = GoToolchainFixture.copyModule("hello", tmp);
    this.host = BuildHosts.local(GoToolchainFixture.environment());
    this.nginx = NginxServer.start(tmp.resolve("nginx"), locations.toArray(String[]::new));
  }

  NginxServer nginx() {
    return nginx;
  }

  Path module() {
    return module;
  }

  /** A build of linux/arm64 through a cache. */
  GoCrossBuilder build(BuildCache cache) {
    return GoCrossBuild.target("linux/arm64")
        .noCgo()
        .moduleDir(module)
        .outputDir(Path.of(out()))
        .on(host)
        .cache(cache);
  }

  /** A build through nginx's {@code /cache/}. */
  GoCrossBuilder build() {
    return build(BuildCache.http(nginx.url("cache")));
  }

  /** The next fresh output directory. */
  String out() {
    return tmp.resolve("out" + ++outputs).toString();
  }

  /** The files nginx holds under {@code /<location>/<kind>/}, sorted. */
  List<String> files(String location, String kind) throws IOException {
    Path dir = nginx.root().resolve(location).resolve(kind);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The files of {@code /cache/<kind>/}. */
  List<String> files(String kind) throws IOException {
    return files("cache", kind);
  }

  /** The key of a build whose manifest has no artifact yet is the SHA-256 of that manifest. */
  static String key(BuildResult r) {
    return Sha256.of(r.cacheManifest().orElseThrow().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns a build's warnings but {@code cache.no-gocacheprog}: the tests' Go 1.23 has no {@code
   * GOCACHEPROG}, so every cached build warns that Go's actions are not shared, which is not what
   * these tests are about.
   */
  static List<BuildWarning> warnings(BuildResult r) {
    return r.warnings().stream().filter(w -> w.kind() != WarningId.CACHE_NO_GOCACHEPROG).toList();
  }

  /** Asserts that a build made its artifact itself and raised exactly this warning. */
  static void assertBuiltWithWarning(BuildResult r, WarningId kind, String message) {
    assertThat(r.fromCache()).isFalse();
    assertThat(Files.isExecutable(r.artifact())).isTrue();
    assertThat(warnings(r)).containsExactly(new BuildWarning(kind, message));
  }

  /**
   * Asserts that a build made its artifact itself and raised one warning of a kind whose message
   * starts and ends so (its middle is the JDK's text of a connection problem).
   */
  static void assertBuiltWithWarning(BuildResult r, WarningId kind, String start, String end) {
    assertThat(r.fromCache()).isFalse();
    assertThat(Files.isExecutable(r.artifact())).isTrue();
    assertThat(warnings(r)).extracting(BuildWarning::kind).containsExactly(kind);
    assertThat(warnings(r).get(0).message()).startsWith(start).endsWith(end);
  }

  @Override
  public void close() {
    nginx.close();
  }
}
