package io.github.gocrossbuild.benchmarks;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Times a warm single-target {@code run()} against the same {@code go build} argv run directly, in
 * pairs of alternating order (the second of a pair finds Go's cache files just read), after untimed
 * pairs that let the JIT and Go's caches settle.
 *
 * <p>Three figures come out. The median of the pairs' ratios is what goals are checked on: the two
 * builds of a pair run a few milliseconds apart and share the machine's momentary speed, which on a
 * small shared machine varies by more than the library's overhead from one second to the next. The
 * ratio of the medians is printed beside it. The library's own time outside {@code go build} is
 * each run's wall time less its {@link BuildEvent.Compiled} step, which machine noise barely blurs.
 * As a control, the same {@code go build} is then timed against itself the same way (writing
 * another file): how far that median of pair ratios is from 1.000 is the noise of one measurement.
 */
final class WarmPairs {
  /** Untimed pairs before the timed ones. */
  static final int WARM_UP = 20;

  /**
   * The figures of one measurement, in milliseconds.
   *
   * @param library median wall time of {@code run()}
   * @param direct median wall time of the same {@code go build}
   * @param pairRatio median of each pair's library / direct
   * @param own median of each run's time outside the host's build step
   * @param control median of the pair ratios of the direct build against itself
   * @param n pairs timed
   */
  record Figures(
      double library, double direct, double pairRatio, double own, double control, int n) {
    /** Returns the ratio of the medians. */
    double ratioOfMedians() {
      return library / direct;
    }
  }

  private WarmPairs() {}

  /**
   * Measures. The builder's listener is replaced by one that reads the build step's duration.
   *
   * @param builder a single-target builder
   * @param module the module directory, where the direct build runs
   * @param rawName the file name the direct build writes under {@code bin/}
   * @param n pairs to time
   * @return the figures
   * @throws Exception when a build fails
   */
  static Figures measure(GoCrossBuilder builder, Path module, String rawName, int n)
      throws Exception {
    long[] compiled = new long[1];
    builder.listener(
        e -> {
          if (e instanceof BuildEvent.Compiled c) {
            compiled[0] = c.duration().toNanos();
          }
        });
    BuildResult first = builder.run();
    List<String> raw = new ArrayList<>(first.command());
    raw.set(raw.indexOf("-o") + 1, module.resolve("bin").resolve(rawName).toString());
    Map<String, String> env = new HashMap<>(first.environment().processEnvironment());
    for (int i = 0; i < WARM_UP; i++) {
      builder.run();
      exec(raw, module, env);
    }
    long[] lib = new long[n];
    long[] direct = new long[n];
    long[] own = new long[n];
    double[] pair = new double[n];
    for (int i = 0; i < n; i++) {
      if (i % 2 == 0) {
        lib[i] = timeRun(builder);
        direct[i] = timeExec(raw, module, env);
      } else {
        direct[i] = timeExec(raw, module, env);
        lib[i] = timeRun(builder);
      }
      own[i] = lib[i] - compiled[0];
      pair[i] = (double) lib[i] / direct[i];
    }
    List<String> again = new ArrayList<>(raw);
    again.set(
        again.indexOf("-o") + 1, module.resolve("bin").resolve(rawName + "-control").toString());
    exec(again, module, env);
    double[] control = new double[n];
    for (int i = 0; i < n; i++) {
      long a = timeExec(raw, module, env);
      long b = timeExec(again, module, env);
      control[i] = i % 2 == 0 ? (double) a / b : (double) b / a;
    }
    Arrays.sort(pair);
    Arrays.sort(control);
    return new Figures(median(lib), median(direct), pair[n / 2], median(own), control[n / 2], n);
  }

  private static long timeRun(GoCrossBuilder builder) {
    long t0 = System.nanoTime();
    builder.run();
    return System.nanoTime() - t0;
  }

  private static long timeExec(List<String> argv, Path dir, Map<String, String> env)
      throws Exception {
    long t0 = System.nanoTime();
    exec(argv, dir, env);
    return System.nanoTime() - t0;
  }

  /**
   * Runs a command to its end with exactly the given environment, output to this process's.
   *
   * @param argv the command
   * @param dir its working directory
   * @param env its whole environment
   * @throws Exception when it cannot start or exits non-zero
   */
  static void exec(List<String> argv, Path dir, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile()).inheritIO();
    pb.environment().clear();
    pb.environment().putAll(env);
    int code = pb.start().waitFor();
    if (code != 0) {
      throw new IllegalStateException(argv + " exited " + code);
    }
  }

  /**
   * Returns the median in milliseconds.
   *
   * @param nanos durations in nanoseconds
   * @return the median
   */
  static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }
}
