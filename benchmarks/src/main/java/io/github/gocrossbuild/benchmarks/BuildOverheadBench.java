package io.github.gocrossbuild.benchmarks;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

  /** Untimed pairs before the timed ones. */
  private static final int WARM_UP = 20;

  private BuildOverheadBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional: module directory, iterations
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    Path module =
        Path.of(args.length > 0 ? args[0] : "../examples/go/hello-service")
            .toAbsolutePath()
            .normalize();
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Map<String, String> env = warm(module, n);

    for (String phase : List.of("cold", "warm")) {
      Path cache = Files.createTempDirectory("bench-gocache");
      Path libCache = phase.equals("cold") ? cache : null;
      long libMs = matrix(module, libCache);
      long loopMs =
          loop(
              module,
              phase.equals("cold") ? Files.createTempDirectory("bench-gocache") : null,
              env);
      System.out.printf(
          "matrix of %d %s: runAll() %d ms vs go build loop %d ms: ratio %.3f%n",
          MATRIX.size(), phase, libMs, loopMs, (double) libMs / loopMs);
    }
  }

  /**
   * Times a warm single-target {@code run()} (proof included) against the same {@code go build}
   * argv, interleaved, and prints the ratio of the medians (goal at most 1.03).
   *
   * @param module the Go module
   * @param n how many of each
   * @return the environment the raw builds ran with
   * @throws Exception on failure
   */
  static Map<String, String> warm(Path module, int n) throws Exception {
    GoCrossBuilder builder = GoCrossBuild.target("linux/arm64").noCgo().moduleDir(module);
    BuildResult warm = builder.run();
    List<String> raw = new ArrayList<>(warm.command());
    raw.set(raw.indexOf("-o") + 1, module.resolve("bin/raw-linux-arm64").toString());
    Map<String, String> env = new HashMap<>(warm.environment().processEnvironment());
    // Steady state: let the JIT compile the library's path (and Go fill its caches) first.
    for (int i = 0; i < WARM_UP; i++) {
      builder.run();
      exec(raw, module, env);
    }

    long[] lib = new long[n];
    long[] direct = new long[n];
    for (int i = 0; i < n; i++) {
      // Alternate which goes first: the second of a pair finds Go's cache files just read.
      if (i % 2 == 0) {
        lib[i] = time(builder::run);
        direct[i] = time(() -> exec(raw, module, env));
      } else {
        direct[i] = time(() -> exec(raw, module, env));
        lib[i] = time(builder::run);
      }
    }
    System.out.printf(
        "warm run() %.1f ms vs go build %.1f ms: ratio %.3f, goal <= 1.03"
            + " (medians, pairs in alternating order; means %.1f vs %.1f, n=%d)%n",
        median(lib), median(direct), median(lib) / median(direct), mean(lib), mean(direct), n);
    return env;
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
      exec(
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

  /** Something to time that may throw. */
  private interface Step {
    void run() throws Exception;
  }

  private static long time(Step step) throws Exception {
    long t0 = System.nanoTime();
    step.run();
    return System.nanoTime() - t0;
  }

  static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }

  private static double mean(long[] nanos) {
    return Arrays.stream(nanos).average().orElse(0) / 1e6;
  }

  private static String goOf(Map<String, String> env) {
    Path p = Path.of("/usr/lib/go-1.23/bin/go");
    return Files.isExecutable(p) ? p.toString() : "go";
  }

  private static void exec(List<String> argv, Path dir, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile()).inheritIO();
    pb.environment().clear();
    pb.environment().putAll(env);
    int code = pb.start().waitFor();
    if (code != 0) {
      throw new IllegalStateException(argv + " exited " + code);
    }
  }
}
