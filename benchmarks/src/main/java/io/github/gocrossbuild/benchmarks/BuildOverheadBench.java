package io.github.gocrossbuild.benchmarks;

import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the library's {@code run()} against the same {@code go build} run directly, in one run on
 * one machine, and prints the ratios: a warm single-target build, and a 6-target matrix (cold, with
 * a fresh GOCACHE, and warm) against a sequential loop of {@code go build}.
 *
 * <p>Run: {@code mvn -q -pl benchmarks exec:java -Dexec.args=build}.
 */
public final class BuildOverheadBench {
  private static final List<String> MATRIX =
      List.of(
          "linux/amd64",
          "linux/arm64",
          "linux/arm/v7",
          "windows/amd64",
          "darwin/arm64",
          "linux/riscv64");

  private BuildOverheadBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional: module directory, iterations
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    Path module =
        args.length > 0
            ? Path.of(args[0]).toAbsolutePath().normalize()
            : ExampleModules.path("hello-service");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Map<String, String> env = warm(module, n);

    long libMs = matrix(module, Files.createTempDirectory("bench-gocache"));
    long loopMs = loop(module, Files.createTempDirectory("bench-gocache"), env);
    System.out.printf(
        "matrix of %d cold: runAll() %d ms vs go build loop %d ms: ratio %.3f%n",
        MATRIX.size(), libMs, loopMs, (double) libMs / loopMs);
    warmMatrix(module, env, 15);
  }

  /**
   * Times a warm 6-target {@code runAll()} against a sequential loop of the same {@code go build}
   * commands: one untimed round of each (so both find every target compiled and their previous
   * outputs in place), then {@code rounds} pairs in alternating order. Prints the median of the
   * pairs' ratios (goal: at most 1.0) and the ratio of the medians.
   *
   * @param module the Go module
   * @param env the environment the raw builds run with
   * @param rounds how many pairs
   * @throws Exception on failure
   */
  static void warmMatrix(Path module, Map<String, String> env, int rounds) throws Exception {
    matrix(module, null);
    loop(module, null, env);
    long[] lib = new long[rounds];
    long[] raw = new long[rounds];
    double[] ratios = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      if (i % 2 == 0) {
        lib[i] = matrix(module, null);
        raw[i] = loop(module, null, env);
      } else {
        raw[i] = loop(module, null, env);
        lib[i] = matrix(module, null);
      }
      ratios[i] = (double) lib[i] / raw[i];
    }
    Arrays.sort(ratios);
    double medianRatio = ratios[rounds / 2];
    long libMedian = medianOf(lib);
    long rawMedian = medianOf(raw);
    System.out.printf(
        "matrix of %d warm, %d pairs: runAll() %d ms vs go build loop %d ms (medians):"
            + " median of pair ratios %.3f (goal <= 1.0 %s), ratio of medians %.3f%n",
        MATRIX.size(),
        rounds,
        libMedian,
        rawMedian,
        medianRatio,
        medianRatio <= 1.0 ? "met" : "NOT met",
        (double) libMedian / rawMedian);
  }

  /**
   * Times a warm single-target {@code run()} (proof included) against the same {@code go build}
   * argv in three batches and prints the figures of {@link WarmPairs} (goal: median of the pairs'
   * ratios over all batches at most 1.03).
   *
   * @param module the Go module
   * @param n how many pairs per batch
   * @return the environment the raw builds ran with
   * @throws Exception on failure
   */
  static Map<String, String> warm(Path module, int n) throws Exception {
    GoCrossBuilder builder = GoCrossBuild.target("linux/arm64").noCgo().moduleDir(module);
    List<WarmPairs.Figures> batches = WarmPairs.measure(builder, module, "raw-linux-arm64", 3, n);
    WarmPairs.print("warm run()", batches, 1.03);
    return new HashMap<>(builder.explainEnv().processEnvironment());
  }

  private static long matrix(Path module, Path cache) {
    GoCrossBuilder b =
        GoCrossBuild.targets(MATRIX.stream().map(Target::parse).toArray(Target[]::new))
            .noCgo()
            .moduleDir(module);
    if (cache != null) {
      b.env("GOCACHE", cache.toString());
    }
    long t0 = System.nanoTime();
    b.runAll();
    return (System.nanoTime() - t0) / 1_000_000;
  }

  private static long loop(Path module, Path cache, Map<String, String> base) throws Exception {
    long t0 = System.nanoTime();
    for (String p : MATRIX) {
      Target t = Target.parse(p);
      Map<String, String> env = new HashMap<>(base);
      env.put("GOOS", t.goos().goName());
      env.put("GOARCH", t.goarch().goName());
      t.variantVariable().ifPresent(v -> env.remove(v));
      t.variant().ifPresent(v -> env.put(t.variantVariable().orElseThrow(), v));
      if (cache != null) {
        env.put("GOCACHE", cache.toString());
      }
      WarmPairs.exec(
          Arrays.asList(
              base.getOrDefault("GO", "go").equals("go") ? goOf(base) : "go",
              "build",
              "-trimpath",
              "-ldflags=-s -w",
              "-o",
              module.resolve("bin/loop-" + p.replace('/', '-')).toString(),
              "."),
          module,
          env);
    }
    return (System.nanoTime() - t0) / 1_000_000;
  }

  private static long medianOf(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String goOf(Map<String, String> env) {
    Path p = Path.of("/usr/lib/go-1.23/bin/go");
    return Files.isExecutable(p) ? p.toString() : "go";
  }
}
