package io.github.gocrossbuild.testing;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoToolchainFixture;
import io.github.gocrossbuild.cache.BuildCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds linux/arm64 with a cache in a second JVM, for the concurrent-store tests and for an HTTP
 * cache's token, which only the process environment can carry.
 */
public final class CacheBuildMain {
  private CacheBuildMain() {}

  /**
   * Builds and prints whether the bytes came from the cache, each warning's id and message (but
   * {@code cache.no-gocacheprog}), the cache manifest and the provenance statement (so a test can
   * tell that no secret is in them).
   *
   * @param args module directory, output directory, cache directory or {@code http://} URL, and
   *     optionally the variable an HTTP cache reads its token from
   */
  public static void main(String[] args) {
    BuildCache cache =
        args[2].startsWith("http")
            ? BuildCache.http(URI.create(args[2]))
            : BuildCache.directory(Path.of(args[2]));
    if (args.length > 3) {
      cache = cache.tokenVariable(args[3]);
    }
    BuildResult r =
        GoCrossBuild.target("linux/arm64")
            .noCgo()
            .moduleDir(Path.of(args[0]))
            .outputDir(Path.of(args[1]))
            .on(BuildHosts.local(GoToolchainFixture.environment()))
            .cache(cache)
            .run();
    System.out.println(r.fromCache());
    for (BuildWarning w : r.warnings()) {
      // The tests' Go 1.23 has no GOCACHEPROG: that warning comes with every cached build.
      if (!w.id().equals(BuildWarning.CACHE_NO_GOCACHEPROG)) {
        System.out.println(w.id() + " " + w.message());
      }
    }
    System.out.println(r.cacheManifest().orElse(""));
    System.out.println(r.provenance());
  }

  /**
   * Starts this class in another JVM with this JVM's class path.
   *
   * @param env variables to set (or, with a null value, remove) in its environment
   * @param args the arguments of {@link #main(String[])}
   * @return the running JVM, standard error merged into standard output
   */
  public static Process start(Map<String, String> env, String... args) {
    List<String> argv = new ArrayList<>();
    argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    argv.add("-cp");
    argv.add(System.getProperty("java.class.path"));
    argv.add(CacheBuildMain.class.getName());
    argv.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
    env.forEach(
        (k, v) -> {
          if (v == null) {
            pb.environment().remove(k);
          } else {
            pb.environment().put(k, v);
          }
        });
    try {
      return pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits for a JVM from {@link #start} and returns what it printed, failing unless it exits 0.
   *
   * @param jvm the JVM
   * @return its output
   */
  public static String output(Process jvm) {
    try {
      String printed = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (jvm.waitFor() != 0) {
        throw new AssertionError("the build JVM exited with " + jvm.exitValue() + ": " + printed);
      }
      return printed;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
