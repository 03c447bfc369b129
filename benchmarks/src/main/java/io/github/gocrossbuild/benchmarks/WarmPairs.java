package io.github.gocrossbuild.benchmarks;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuilder;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Times a warm single-target {@code run()} against the same {@code go build} argv run directly, in
 * pairs of alternating order (the second of a pair finds Go's cache files just read), after untimed
 * iterations that let Go's caches and the JVM's JIT settle (until ten iterations add less than 10
 * ms of compilation, or 300 iterations).
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
  /** Untimed iterations before the timed ones, at least. */
  static final int WARM_UP = 20;

  /** Untimed iterations at most, while the JIT has not settled. */
  static final int MAX_WARM_UP = 300;

  /** The JIT has settled when 10 iterations add less than this much compilation time. */
  static final long SETTLED_JIT_MS = 10;

  /**
   * The figures of one batch, in milliseconds.
   *
   * @param library median wall time of {@code run()}
   * @param direct median wall time of the same {@code go build}
   * @param pairRatio median of each pair's library / direct
   * @param own median of each run's time outside the host's build step
   * @param control median of the pair ratios of the direct build against itself
   * @param jit the JVM's JIT compilation time per timed iteration, spent on other threads while
   *     {@code go build} runs too
   * @param n pairs timed
   * @param warmUp untimed iterations before the first batch
   */
  record Figures(
      double library,
      double direct,
      double pairRatio,
      double own,
      double control,
      double jit,
      int n,
      int warmUp) {
    /** Returns the ratio of the medians. */
    double ratioOfMedians() {
      return library / direct;
    }

    /** Returns the figures as one line. */
    String line() {
      return String.format(
          "run() %.1f ms vs go build %.1f ms: median of pair ratios %.3f, ratio of medians %.3f;"
              + " own time outside go build %.2f ms; control (go build against itself) %.3f;"
              + " JIT %.2f ms per iteration; %d pairs after %d untimed iterations",
          library, direct, pairRatio, ratioOfMedians(), own, control, jit, n, warmUp);
    }
  }

  private WarmPairs() {}

  /**
   * Measures in batches, so that the JIT settling down shows from one batch to the next. Each
   * iteration times a pair of the library and the direct build and a control pair of the direct
   * build against itself (writing another file), each pair in alternating order. The builder's
   * listener is replaced by one that reads the build step's duration.
   *
   * @param builder a single-target builder
   * @param module the module directory, where the direct build runs
   * @param rawName the file name the direct build writes under {@code bin/}
   * @param batches how many batches
   * @param n pairs per batch
   * @return the figures of each batch, then of all batches together
   * @throws Exception when a build fails
   */
  static List<Figures> measure(
      GoCrossBuilder builder, Path module, String rawName, int batches, int n) throws Exception {
    long[] compiled = new long[1];
    builder.listener(
        e -> {
          if (e instanceof BuildEvent.Compiled c) {
            compiled[0] = c.duration().toNanos();
          }
        });
    BuildResult first = builder.run();
    List<String> raw = withOutput(first.command(), module.resolve("bin").resolve(rawName));
    List<String> again =
        withOutput(first.command(), module.resolve("bin").resolve(rawName + "-control"));
    Map<String, String> env = new HashMap<>(first.environment().processEnvironment());
    // Steady state: Go's caches warm, and the JIT done compiling what a build runs, since its
    // compiler threads take CPU from go build on a small machine while they work.
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    int warmUp = 0;
    long lastJit = jit.getTotalCompilationTime();
    while (warmUp < MAX_WARM_UP) {
      builder.run();
      exec(raw, module, env);
      exec(again, module, env);
      warmUp++;
      if (warmUp % 10 == 0) {
        long now = jit.getTotalCompilationTime();
        if (warmUp >= WARM_UP && now - lastJit < SETTLED_JIT_MS) {
          break;
        }
        lastJit = now;
      }
    }
    int all = batches * n;
    long[] lib = new long[all];
    long[] direct = new long[all];
    long[] own = new long[all];
    double[] pair = new double[all];
    double[] control = new double[all];
    double[] jitPerRun = new double[batches];
    for (int batch = 0; batch < batches; batch++) {
      long jit0 = jit.getTotalCompilationTime();
      for (int k = 0; k < n; k++) {
        int i = batch * n + k;
        // A run that skips go build (a cache hit) sends no Compiled event: all its time is own.
        compiled[0] = 0;
        long controlRaw;
        long controlAgain;
        if (i % 2 == 0) {
          lib[i] = timeRun(builder);
          direct[i] = timeExec(raw, module, env);
          controlRaw = timeExec(raw, module, env);
          controlAgain = timeExec(again, module, env);
        } else {
          direct[i] = timeExec(raw, module, env);
          lib[i] = timeRun(builder);
          controlAgain = timeExec(again, module, env);
          controlRaw = timeExec(raw, module, env);
        }
        own[i] = lib[i] - compiled[0];
        pair[i] = (double) lib[i] / direct[i];
        control[i] = (double) controlRaw / controlAgain;
      }
      jitPerRun[batch] = (double) (jit.getTotalCompilationTime() - jit0) / n;
    }
    List<Figures> out = new ArrayList<>();
    for (int batch = 0; batch <= batches; batch++) {
      int from = batch == batches ? 0 : batch * n;
      int to = batch == batches ? all : from + n;
      double jitHere =
          batch == batches ? Arrays.stream(jitPerRun).average().orElse(0) : jitPerRun[batch];
      out.add(
          new Figures(
              median(Arrays.copyOfRange(lib, from, to)),
              median(Arrays.copyOfRange(direct, from, to)),
              median(Arrays.copyOfRange(pair, from, to)),
              median(Arrays.copyOfRange(own, from, to)),
              median(Arrays.copyOfRange(control, from, to)),
              jitHere,
              to - from,
              warmUp));
    }
    return out;
  }

  /**
   * Prints each batch's figures, then the figure the goal is checked on: the median of the pair
   * ratios over all batches (the last entry of {@link #measure}).
   *
   * @param what what was measured, e.g. {@code warm run()}
   * @param batches the figures from {@link #measure}
   * @param goal the highest ratio that meets the goal
   */
  static void print(String what, List<Figures> batches, double goal) {
    int last = batches.size() - 1;
    for (int i = 0; i < last; i++) {
      System.out.printf("%s, batch %d: %s%n", what, i + 1, batches.get(i).line());
    }
    System.out.printf("%s, all batches: %s%n", what, batches.get(last).line());
    System.out.printf(
        "%s vs go build: median of pair ratios %.3f over all batches, goal <= %.2f%n",
        what, batches.get(last).pairRatio(), goal);
  }

  private static List<String> withOutput(List<String> command, Path output) {
    List<String> argv = new ArrayList<>(command);
    argv.set(argv.indexOf("-o") + 1, output.toString());
    return argv;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
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
