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

  private static String goOf(Map<String, String> env) {
    Path p = Path.of("/usr/lib/go-1.23/bin/go");
    return Files.isExecutable(p) ? p.toString() : "go";
  }
}
