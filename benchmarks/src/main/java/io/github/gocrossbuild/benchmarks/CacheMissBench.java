package io.github.gocrossbuild.benchmarks;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.cache.BuildCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What the build cache costs on a miss: a source file of a copy of {@code
 * examples/go/hello-service} changes before every build (its one package recompiles and links), and
 * the same {@code run()} is timed with {@code cache(BuildCache.directory(...))} (key, lookup, miss,
 * build, store) and without it, in pairs of alternating order after untimed rounds (goal: at most 3
 * % more). Two figures: the median of the pair ratios of the whole {@code run()}, which the shared
 * machine's noise blurs, and the difference of the library's own time outside {@code go build}
 * (wall time less the {@link BuildEvent.Compiled} step, where all of the cache's work happens) as a
 * share of the build. The cache directory is emptied after each cached build, untimed, so it does
 * not grow by 4.9 MB a round. Run: {@code mvn -q -pl benchmarks exec:java -Dexec.args=cachemiss}.
 */
public final class CacheMissBench {
  private CacheMissBench() {}

  /**
   * One build's times, in milliseconds.
   *
   * @param wall the whole {@code run()}
   * @param own the part outside {@code go build}
   */
  private record Timing(double wall, double own) {}

  /**
   * Runs the benchmark.
   *
   * @param args optional: pairs per batch (default 20), batches (default 3), untimed rounds
   *     (default 20)
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int batches = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    Path tmp = Files.createTempDirectory("bench-cache-miss");
    Path module = Files.createDirectories(tmp.resolve("module"));
    Path source = ExampleModules.path("hello-service");
    for (String f : new String[] {"go.mod", "main.go"}) {
      Files.copy(source.resolve(f), module.resolve(f));
    }
    Path cache = tmp.resolve("cache");
    Round round = new Round(module, cache, new long[1]);
    GoCrossBuilder cached =
        builder(module, tmp.resolve("out-cached"), round).cache(BuildCache.directory(cache));
    GoCrossBuilder plain = builder(module, tmp.resolve("out-plain"), round);
    try {
      for (int i = 0; i < warmUp; i++) {
        round.timed(cached);
        round.timed(plain);
      }
      int all = batches * n;
      double[] ratio = new double[all];
      double[][] wall = new double[2][all];
      double[][] own = new double[2][all];
      for (int i = 0; i < all; i++) {
        Timing with;
        Timing without;
        if (i % 2 == 0) {
          with = round.timed(cached);
          without = round.timed(plain);
        } else {
          without = round.timed(plain);
          with = round.timed(cached);
        }
        ratio[i] = with.wall() / without.wall();
        wall[0][i] = with.wall();
        wall[1][i] = without.wall();
        own[0][i] = with.own();
        own[1][i] = without.own();
        if ((i + 1) % n == 0) {
          print("batch " + (i + 1) / n, i + 1 - n, i + 1, ratio, wall, own);
        }
      }
      print("all batches", 0, all, ratio, wall, own);
    } finally {
      delete(tmp);
    }
  }

  private static void print(
      String what, int from, int to, double[] ratio, double[][] wall, double[][] own) {
    double w0 = median(wall[0], from, to);
    double w1 = median(wall[1], from, to);
    double o0 = median(own[0], from, to);
    double o1 = median(own[1], from, to);
    System.out.printf(
        "RATIO cache miss (changed source, key, store) vs no cache, %s: run() %.1f vs %.1f ms,"
            + " median of %d pair ratios %.3f, ratio of medians %.3f; own time outside go build"
            + " %.2f vs %.2f ms = +%.2f ms = %.2f %% of the build (goal <= 3 %%)%n",
        what,
        w0,
        w1,
        to - from,
        median(ratio, from, to),
        w0 / w1,
        o0,
        o1,
        o0 - o1,
        100 * (o0 - o1) / w1);
  }

  private static double median(double[] values, int from, int to) {
    return RemoteRebuildBench.median(Arrays.copyOfRange(values, from, to));
  }

  private static GoCrossBuilder builder(Path module, Path out, Round round) {
    return GoCrossBuild.target("linux/arm64")
        .noCgo()
        .buildvcs(false)
        .moduleDir(module)
        .outputDir(out)
        .listener(round::hear);
  }

  /** Changes the source before each build and times it; a cached build must store. */
  private record Round(Path module, Path cache, long[] compiled) {
    /** Notes the duration of the build step, the part the cache does not touch. */
    void hear(BuildEvent event) {
      if (event instanceof BuildEvent.Compiled c) {
        compiled[0] = c.duration().toNanos();
      }
    }

    Timing timed(GoCrossBuilder builder) throws IOException {
      Files.writeString(
          module.resolve("stamp.go"),
          String.format("package main%n%nvar benchStamp = \"%d\"%n", System.nanoTime()));
      compiled[0] = 0;
      long t0 = System.nanoTime();
      BuildResult r = builder.run();
      long wall = System.nanoTime() - t0;
      // Go 1.23 has no GOCACHEPROG: that warning comes with every cached build of it.
      boolean warned =
          r.warnings().stream().anyMatch(w -> w.kind() != WarningId.CACHE_NO_GOCACHEPROG);
      if (r.fromCache() || warned || compiled[0] == 0) {
        throw new IllegalStateException("not a clean miss: " + r.warnings());
      }
      if (r.cacheManifest().isPresent()) {
        if (!Files.isDirectory(cache.resolve("ac"))) {
          throw new IllegalStateException("the miss stored nothing in " + cache);
        }
        delete(cache);
      }
      return new Timing(wall / 1e6, (wall - compiled[0]) / 1e6);
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
