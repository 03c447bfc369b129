package io.github.gocrossbuild.benchmarks;

import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import java.nio.file.Path;
import java.util.List;

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
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    GoCrossBuilder builder = GoCrossBuild.target("linux/arm64").cgo().moduleDir(module);
    // The first run finds and pre-checks the compiler and warms Go's build cache.
    List<WarmPairs.Figures> batches =
        WarmPairs.measure(builder, module, "raw-cgo-linux-arm64", 2, n);
    String cc = builder.explainEnv().get("CC").orElse("?");
    WarmPairs.print("warm cgo cross run() (CC=" + cc + ")", batches, 1.05);
  }
}
