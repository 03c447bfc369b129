package io.github.gocrossbuild.examples;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.cache.BuildCache;
import java.nio.file.Path;

/**
 * Builds a Go program for linux/arm64 twice through a directory build cache: the first build runs
 * {@code go build} and stores the proved artifact, the second fetches and proves it without
 * starting {@code go}. Prints where the hit came from and the manifest its key hashes. Run: {@code
 * mvn -q -pl examples exec:java -Dexec.mainClass=io.github.gocrossbuild.examples.CachedBuild
 * -Dexec.args="examples/go/hello-service /tmp/gocrossbuild-cache"}.
 */
public final class CachedBuild {

  private CachedBuild() {}

  /**
   * Runs the example.
   *
   * @param args the Go module directory and the cache directory (defaults {@code go/hello-service
   *     target/build-cache})
   */
  public static void main(String[] args) {
    Path module = Path.of(args.length > 0 ? args[0] : "go/hello-service");
    Path cacheDir = Path.of(args.length > 1 ? args[1] : "target/build-cache");
    // spotless:off (README layout)
    // readme:cache
    BuildCache cache = BuildCache.directory(cacheDir);      // or .readOnly() to never store
    GoCrossBuilder build = GoCrossBuild.target("linux/arm64").noCgo().moduleDir(module)
        .buildvcs(false)                                    // a checkout's VCS stamp is not keyed yet
        .cache(cache);
    build.run();                                            // a miss: go build, proof, then store
    BuildResult again = build.run();
    boolean hit = again.fromCache();                        // true: go build did not run
    String from = again.cacheSource().orElseThrow();        // "directory /…/cache"
    String manifest = again.cacheManifest().orElseThrow();  // the parts the key hashes, as JSON
    // end
    // spotless:on
    System.out.printf(
        "%s from %s in %d ms%n", hit ? "hit" : "miss", from, again.duration().toMillis());
    System.out.println(manifest);
  }
}
