package io.github.gocrossbuild.benchmarks;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Times a warm cgo cross {@code run()} for linux/arm64 (compiler discovery, the cached C pre-check,
 * proof) against the same {@code CC=aarch64-linux-gnu-gcc go build} run directly, alternating the
 * two, and prints the ratio.
 *
 * <p>Run: {@code mvn -q -pl benchmarks exec:java -Dexec.args=cgo}.
 */
public final class CgoCrossBench {

  private CgoCrossBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional: module directory, iterations
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    Path module =
        Path.of(args.length > 0 ? args[0] : "../examples/go/cgo-hello")
            .toAbsolutePath()
            .normalize();
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    GoCrossBuilder builder = GoCrossBuild.target("linux/arm64").cgo().moduleDir(module);
    // The first run finds and pre-checks the compiler and warms Go's build cache.
    BuildResult warm = builder.run();
    List<String> raw = new ArrayList<>(warm.command());
    raw.set(raw.indexOf("-o") + 1, module.resolve("bin/raw-cgo-linux-arm64").toString());
    Map<String, String> env = new HashMap<>(warm.environment().processEnvironment());

    long[] lib = new long[n];
    long[] direct = new long[n];
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      builder.run();
      long t1 = System.nanoTime();
      exec(raw, module, env);
      long t2 = System.nanoTime();
      lib[i] = t1 - t0;
      direct[i] = t2 - t1;
    }
    double l = BuildOverheadBench.median(lib);
    double d = BuildOverheadBench.median(direct);
    System.out.printf(
        "warm cgo cross run() %.1f ms vs CC=%s go build %.1f ms: ratio %.3f, goal <= 1.05"
            + " (medians, n=%d)%n",
        l, env.get("CC"), d, l / d, n);
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
