package io.github.gocrossbuild.benchmarks;

import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import java.nio.file.Path;

/**
 * Times a warm cgo cross {@code run()} for linux/arm64 (compiler discovery, the cached C pre-check,
 * proof) against the same {@code CC=aarch64-linux-gnu-gcc go build} run directly and prints the
 * figures of {@link WarmPairs} (goal: median of the pairs' ratios at most 1.05).
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
        args.length > 0
            ? Path.of(args[0]).toAbsolutePath().normalize()
            : ExampleModules.path("cgo-hello");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    GoCrossBuilder builder = GoCrossBuild.target("linux/arm64").cgo().moduleDir(module);
    // The first run finds and pre-checks the compiler and warms Go's build cache.
    WarmPairs.Figures f = WarmPairs.measure(builder, module, "raw-cgo-linux-arm64", n);
    System.out.printf(
        "warm cgo cross run() %.1f ms vs CC=%s go build %.1f ms (medians of %d pairs in"
            + " alternating order): median of pair ratios %.3f, goal <= 1.05; ratio of medians"
            + " %.3f; library's own time outside go build %.2f ms (median); control, go build"
            + " against itself: %.3f%n",
        f.library(),
        builder.explainEnv().get("CC").orElse("?"),
        f.direct(),
        f.n(),
        f.pairRatio(),
        f.ratioOfMedians(),
        f.own(),
        f.control());
  }
}
