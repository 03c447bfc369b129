package io.github.gocrossbuild.examples;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.cache.BuildCache;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds a matrix of three targets twice through one directory build cache and prints, per target
 * and round, whether it was a hit and where the artifact came from: the first round runs {@code go
 * build} for every target and stores the proved artifacts, the second fetches and proves them
 * without starting {@code go}. Run: {@code mvn -q -pl examples exec:java
 * -Dexec.mainClass=io.github.gocrossbuild.examples.CachedMatrix -Dexec.args="go/hello-service
 * /tmp/gocrossbuild-cache"}.
 */
public final class CachedMatrix {

  private CachedMatrix() {}

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
    // readme:cached-matrix
    GoCrossBuilder matrix = GoCrossBuild.targets(Target.parse("linux/amd64"),
            Target.parse("linux/arm64"), Target.parse("windows/amd64"))
        .noCgo().moduleDir(module).buildvcs(false)
        .cache(BuildCache.directory(cacheDir));
    List<BuildResult> first = matrix.runAll();    // misses: go build, proof, then store
    List<BuildResult> second = matrix.runAll();   // hits: no go process, proved again
    for (List<BuildResult> round : List.of(first, second)) {
      for (BuildResult r : round) {
        System.out.printf("%-14s %-4s %s%n", r.target().platform(),
            r.fromCache() ? "hit" : "miss",
            r.cacheSource().orElse("go build on " + r.host()));
      }
    }
    // end
    // spotless:on
  }
}
