package io.github.gocrossbuild.benchmarks;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs every benchmark and prints each figure as a ratio against its baseline.
 *
 * <p>{@code mvn -q install -DskipTests && mvn -q -pl benchmarks exec:java} runs them all; {@code
 * -Dexec.args=build} (or {@code cgo}, {@code binary}, {@code schema}, {@code jsonc}, {@code ssh},
 * {@code arm64}, {@code pool}, {@code cache}, {@code cachemiss}, {@code actions}) runs one group.
 */
public final class RunBenchmarks {

  private RunBenchmarks() {}

  /**
   * Runs the benchmark groups named in the arguments, or all of them.
   *
   * @param args group names: {@code build}, {@code cgo}, {@code binary}, {@code schema}, {@code
   *     jsonc}, {@code ssh}, {@code arm64}, {@code pool}, {@code cache}, {@code cachemiss}, {@code
   *     actions}, {@code goals}
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    List<String> groups = List.of(args);
    boolean all = groups.isEmpty();
    String[] none = new String[0];
    if (groups.contains("goals")) {
      // The figures with goals (issues 11, 20 and 23), each as a ratio, in one run.
      Path module = ExampleModules.path("hello-service");
      BuildOverheadBench.warmMatrix(module, BuildOverheadBench.warm(module, 100), 15);
      SchemaColdStartBench.main(none);
      SchemaValidationBench.main(none);
      ProvenanceBench.main(none);
    }
    if (all || groups.contains("build")) {
      BuildOverheadBench.main(none);
    }
    if (all || groups.contains("cgo")) {
      CgoCrossBench.main(none);
    }
    if (all || groups.contains("schema")) {
      SchemaColdStartBench.main(none);
      SchemaValidationBench.main(none);
    }
    if (all || groups.contains("jsonc")) {
      JsoncReadBench.main(none);
    }
    if (all || groups.contains("ssh")) {
      RemoteRebuildBench.main(none);
    }
    if (all || groups.contains("arm64")) {
      Arm64RebuildBench.main(none);
    }
    if (all || groups.contains("pool")) {
      PoolBench.main(none);
    }
    if (all || groups.contains("provenance")) {
      ProvenanceBench.main(none);
    }
    if (all || groups.contains("cache")) {
      CacheHitBench.main(none);
    }
    if (all || groups.contains("cachemiss")) {
      CacheMissBench.main(none);
    }
    if (all || groups.contains("actions")) {
      SharedActionsBench.main(none);
    }
    if (all || groups.contains("binary")) {
      BinaryReadVsGoVersionBench.main(none);
    }
  }
}
