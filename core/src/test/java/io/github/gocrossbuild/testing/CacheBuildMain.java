package io.github.gocrossbuild.testing;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoToolchainFixture;
import io.github.gocrossbuild.cache.BuildCache;
import java.nio.file.Path;

/** Builds linux/arm64 with a directory cache in a second JVM, for the concurrent-store test. */
public final class CacheBuildMain {
  private CacheBuildMain() {}

  /**
   * Builds and prints whether the bytes came from the cache.
   *
   * @param args module directory, output directory, cache directory
   */
  public static void main(String[] args) {
    BuildResult r =
        GoCrossBuild.target("linux/arm64")
            .noCgo()
            .moduleDir(Path.of(args[0]))
            .outputDir(Path.of(args[1]))
            .on(BuildHosts.local(GoToolchainFixture.environment()))
            .cache(BuildCache.directory(Path.of(args[2])))
            .run();
    System.out.println(r.fromCache());
  }
}
