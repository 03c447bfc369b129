package io.github.gocrossbuild.benchmarks;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.cache.BuildCache;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A build cache hit against the raw warm {@code go build} of the same thing: a single-target {@code
 * run()} with {@code cache(BuildCache.directory(...))} whose key is stored (the library skips
 * {@code go} and copies, proves and moves the cached bytes) against the same {@code go build} argv
 * run directly with Go's own cache warm, timed in pairs by {@link WarmPairs} (goal: median of the
 * pair ratios at most 0.2). {@code -buildvcs=false} on both, since a build that stamps version
 * control information is never cached. Run: {@code mvn -q -pl benchmarks exec:java
 * -Dexec.args=cache}. With an HTTP cache's URL as the second argument ({@code
 * -Dexec.mainClass=io.github.gocrossbuild.benchmarks.CacheHitBench -Dexec.args="30
 * http://127.0.0.1:8080/cache"}, nginx with WebDAV {@code PUT}) the hit is fetched over HTTP
 * instead: a {@code GET} of the manifest and one of the bytes, hashed on the way.
 */
public final class CacheHitBench {
  private CacheHitBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional: pairs per batch (default 30), then an HTTP cache's base URL (default: a
   *     temporary directory cache)
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    Path module = ExampleModules.path("hello-service");
    Path cache = Files.createTempDirectory("bench-cache");
    GoCrossBuilder builder =
        GoCrossBuild.target("linux/arm64")
            .noCgo()
            .buildvcs(false)
            .moduleDir(module)
            .cache(
                args.length > 1
                    ? BuildCache.http(URI.create(args[1]))
                    : BuildCache.directory(cache));
    List<WarmPairs.Figures> batches =
        WarmPairs.measure(builder, module, "raw-cache-linux-arm64", 3, n);
    BuildResult hit = builder.run();
    if (!hit.fromCache()) {
      throw new IllegalStateException("not a cache hit: " + hit.warnings());
    }
    WarmPairs.print((args.length > 1 ? "http" : "directory") + " cache hit run()", batches, 0.2);
    try (Stream<Path> files = Files.walk(cache)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
