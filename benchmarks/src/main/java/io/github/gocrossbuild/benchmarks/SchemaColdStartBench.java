package io.github.gocrossbuild.benchmarks;

import io.github.gocrossbuild.schema.ConfigKind;
import io.github.gocrossbuild.schema.ConfigValidator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The first validation in a fresh JVM (goal under 450 ms): starts {@value #RUNS} child JVMs on this
 * module's runtime classpath, each timing its first {@code validate} of the 1.4 KB settings.json
 * (wall clock and the thread's CPU time) and then its first 1 MB tasks.json, and prints the medians
 * against the goals as ratios. CPU time is printed because wall clock on a busy machine also counts
 * the time other processes held the cores.
 *
 * <p>Run: {@code mvn -q -pl benchmarks exec:java -Dexec.args=schema}.
 */
public final class SchemaColdStartBench {
  /** Child JVMs started; the median is reported. */
  static final int RUNS = 5;

  /** Goal: milliseconds for the first validation. */
  static final double COLD_GOAL_MS = 450;

  private SchemaColdStartBench() {}

  /**
   * Starts the child JVMs and prints the medians.
   *
   * @param args unused
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = SchemaValidationBench.runtimeClasspath();
    double[][] runs = new double[RUNS][];
    for (int i = 0; i < RUNS; i++) {
      Process p =
          new ProcessBuilder(java, "-cp", classpath, Child.class.getName())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String line;
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        line = out.readLine();
      }
      if (p.waitFor() != 0 || line == null) {
        throw new IllegalStateException("Child JVM failed with exit code " + p.exitValue());
      }
      runs[i] = Arrays.stream(line.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    }
    double wall = median(runs, 0);
    double cpu = median(runs, 1);
    double tasks = median(runs, 2);
    System.out.printf(
        "first validation, settings.json in a fresh JVM (median of %d): %.1f ms"
            + " wall, %.1f ms CPU vs goal < %.0f ms: ratio %.2f wall, %.2f CPU (< 1 meets the goal)%n",
        RUNS, wall, cpu, COLD_GOAL_MS, wall / COLD_GOAL_MS, cpu / COLD_GOAL_MS);
    System.out.printf(
        "first 1 MB tasks.json in that JVM (median): %.1f ms, %.2f times the"
            + " %.0f ms steady-state goal (for reference: the goal is checked in steady state by"
            + " SchemaValidationBench; this run is mostly the JIT compiler warming up)%n",
        tasks, tasks / SchemaValidationBench.TASKS_GOAL_MS, SchemaValidationBench.TASKS_GOAL_MS);
  }

  private static double median(double[][] runs, int column) {
    List<Double> values = new ArrayList<>();
    for (double[] run : runs) {
      values.add(run[column]);
    }
    values.sort(null);
    return values.get(values.size() / 2);
  }

  /** Runs in the child JVM: prints "wallMs cpuMs firstTasksMs" on one line. */
  public static final class Child {
    private Child() {}

    /**
     * Times the first validations.
     *
     * @param args unused
     */
    public static void main(String[] args) {
      String settings = SchemaValidationBench.settingsJson();
      String tasks = SchemaValidationBench.tasksJson(SchemaValidationBench.TASKS_BYTES);
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long cpu0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      int issues =
          ConfigValidator.standard().validate(ConfigKind.VSCODE_SETTINGS, settings).issues().size();
      long t1 = System.nanoTime();
      long cpu1 = threads.getCurrentThreadCpuTime();
      issues += ConfigValidator.standard().validate(ConfigKind.VSCODE_TASKS, tasks).issues().size();
      long t2 = System.nanoTime();
      if (issues != 0) {
        throw new IllegalStateException("Benchmark inputs are not clean");
      }
      System.out.println((t1 - t0) / 1e6 + " " + (cpu1 - cpu0) / 1e6 + " " + (t2 - t1) / 1e6);
    }
  }
}
