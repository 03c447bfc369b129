package io.github.gocrossbuild.benchmarks;

import java.util.Arrays;

/**
 * Runs every benchmark and prints each figure as a ratio against its baseline.
 *
 * <p>{@code mvn -q install -DskipTests && mvn -q -pl benchmarks exec:java} runs them all; {@code
 * -Dexec.args=build} (or another name) runs one group.
 */
public final class RunBenchmarks {

  private RunBenchmarks() {}

  /**
   * Runs the benchmarks named in the arguments, or all.
   *
   * @param args group names: {@code build}; empty for all
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    boolean all = args.length == 0;
    if (all || Arrays.asList(args).contains("build")) {
      BuildOverheadBench.main(new String[0]);
    }
    if (all || Arrays.asList(args).contains("binary")) BinaryReadVsGoVersionBench.main(new String[0]);
  }
}
