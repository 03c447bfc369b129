package io.github.gocrossbuild.benchmarks;

import io.github.gocrossbuild.schema.ConfigKind;
import io.github.gocrossbuild.schema.ConfigValidator;
import io.github.gocrossbuild.schema.ValidationReport;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Steady-state cost of {@code ConfigValidator}: throughput of a 1.4 KB {@code settings.json} on one
 * thread (goal at least 30,000 validations/s) and the time of a 1 MB {@code tasks.json} (goal under
 * 200 ms), each printed as a ratio against its goal; then the same two figures by CPU time, which a
 * busy machine does not distort.
 *
 * <p>Run: {@code mvn -q -pl benchmarks exec:java -Dexec.args=schema} (after {@code mvn -q install
 * -DskipTests}).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
public class SchemaValidationBench {
  /** Goal: validations of the settings file per second on one core. */
  static final double SETTINGS_GOAL_OPS = 30_000;

  /** Goal: milliseconds for the 1 MB tasks.json. */
  static final double TASKS_GOAL_MS = 200;

  /** Size of the large tasks.json. */
  static final int TASKS_BYTES = 1_000_000;

  private final ConfigValidator validator = ConfigValidator.standard();
  private String settings;
  private String tasks;

  /** Loads the inputs and checks they are valid, so that the benchmark measures the real path. */
  @Setup
  public void setUp() {
    settings = settingsJson();
    tasks = tasksJson(TASKS_BYTES);
    requireValid(validator.validate(ConfigKind.VSCODE_SETTINGS, settings));
    requireValid(validator.validate(ConfigKind.VSCODE_TASKS, tasks));
  }

  /**
   * Validates the 1.4 KB settings.json.
   *
   * @return the report, so that the work is not eliminated
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public ValidationReport settingsJsonThroughput() {
    return validator.validate(ConfigKind.VSCODE_SETTINGS, settings);
  }

  /**
   * Validates the 1 MB tasks.json.
   *
   * @return the report
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public ValidationReport tasksJsonOneMegabyte() {
    return validator.validate(ConfigKind.VSCODE_TASKS, tasks);
  }

  /**
   * Runs both benchmarks in a forked JVM and prints each score against its goal.
   *
   * @param args unused
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    // JMH forks with java.class.path; under exec:java that is Maven's, not this module's.
    System.setProperty("java.class.path", runtimeClasspath());
    Collection<RunResult> results =
        new Runner(
                new OptionsBuilder().include(SchemaValidationBench.class.getName() + "\\.").build())
            .run();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      double score = r.getPrimaryResult().getScore();
      if (name.endsWith("settingsJsonThroughput")) {
        System.out.printf(
            "settings.json (1.4 KB) steady state: %.0f validations/s vs goal >= %.0f:"
                + " ratio %.2f (>= 1 meets the goal)%n",
            score, SETTINGS_GOAL_OPS, score / SETTINGS_GOAL_OPS);
      } else {
        System.out.printf(
            "tasks.json (1 MB) steady state: %.1f ms vs goal < %.0f ms: ratio %.2f"
                + " (< 1 meets the goal)%n",
            score, TASKS_GOAL_MS, score / TASKS_GOAL_MS);
      }
    }
    printCpuTimeFigures();
  }

  /**
   * Measures the same two figures by this thread's CPU time rather than wall clock, so that they
   * stay meaningful on a machine busy with other work, and prints them against the goals.
   */
  static void printCpuTimeFigures() {
    ConfigValidator validator = ConfigValidator.standard();
    String settings = settingsJson();
    String tasks = tasksJson(TASKS_BYTES);
    double settingsNanos =
        cpuNanosPerValidation(validator, ConfigKind.VSCODE_SETTINGS, settings, 50_000);
    double tasksNanos = cpuNanosPerValidation(validator, ConfigKind.VSCODE_TASKS, tasks, 30);
    double perSecond = 1e9 / settingsNanos;
    System.out.printf(
        "settings.json (1.4 KB) steady state by CPU time: %.0f validations per CPU"
            + " second vs goal >= %.0f: ratio %.2f (>= 1 meets the goal)%n",
        perSecond, SETTINGS_GOAL_OPS, perSecond / SETTINGS_GOAL_OPS);
    System.out.printf(
        "tasks.json (1 MB) steady state by CPU time: %.1f ms vs goal < %.0f ms:"
            + " ratio %.2f (< 1 meets the goal)%n",
        tasksNanos / 1e6, TASKS_GOAL_MS, tasksNanos / 1e6 / TASKS_GOAL_MS);
  }

  /** Warms up with as many validations as measured, then returns the mean CPU time of one. */
  private static double cpuNanosPerValidation(
      ConfigValidator validator, ConfigKind kind, String text, int count) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int issues = 0;
    for (int i = 0; i < count; i++) {
      issues += validator.validate(kind, text).issues().size();
    }
    long start = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < count; i++) {
      issues += validator.validate(kind, text).issues().size();
    }
    long cpu = threads.getCurrentThreadCpuTime() - start;
    if (issues != 0) {
      throw new IllegalStateException("Benchmark input is not clean");
    }
    return (double) cpu / count;
  }

  /**
   * Returns the benchmark's settings.json, a typical Go repository's settings of 1.4 KB.
   *
   * @return the JSONC text
   */
  static String settingsJson() {
    try (InputStream in = SchemaValidationBench.class.getResourceAsStream("settings.json")) {
      if (in == null) {
        throw new IllegalStateException("settings.json resource is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Builds a valid tasks.json of Go cross-build tasks, just over the given size.
   *
   * @param bytes the minimum size
   * @return the JSON text
   */
  static String tasksJson(int bytes) {
    StringBuilder sb = new StringBuilder("{\n  \"version\": \"2.0.0\",\n  \"tasks\": [\n");
    for (int i = 0; sb.length() < bytes; i++) {
      sb.append(i == 0 ? "" : ",\n")
          .append("    {\n" + "      \"label\": \"build linux/arm64 #")
          .append(i)
          .append(
              "\",\n"
                  + "      \"type\": \"shell\",\n"
                  + "      \"command\": \"go\",\n"
                  + "      \"args\": [\"build\", \"-trimpath\", \"-o\", \"bin/app-")
          .append(i)
          .append(
              "\", \"./cmd/app\"],\n"
                  + "      \"options\": {\n"
                  + "        \"cwd\": \"${workspaceFolder}\",\n"
                  + "        \"env\": {\"GOOS\": \"linux\", \"GOARCH\": \"arm64\", \"CGO_ENABLED\": \"0\"}\n"
                  + "      },\n"
                  + "      \"group\": {\"kind\": \"build\", \"isDefault\": false},\n"
                  + "      \"problemMatcher\": [\"$go\"],\n"
                  + "      \"presentation\": {\"reveal\": \"silent\", \"panel\": \"shared\"}\n"
                  + "    }");
    }
    return sb.append("\n  ]\n}\n").toString();
  }

  /**
   * Returns this module's runtime classpath, also when run in-process by {@code exec:java}.
   *
   * @return the classpath, in the platform's format
   */
  static String runtimeClasspath() {
    ClassLoader loader = SchemaValidationBench.class.getClassLoader();
    if (!(loader instanceof URLClassLoader)) {
      return System.getProperty("java.class.path");
    }
    List<String> entries = new ArrayList<>();
    for (URL url : ((URLClassLoader) loader).getURLs()) {
      try {
        entries.add(Path.of(url.toURI()).toString());
      } catch (URISyntaxException e) {
        throw new IllegalStateException("Classpath entry is not a file: " + url, e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static void requireValid(ValidationReport report) {
    if (!report.issues().isEmpty()) {
      throw new IllegalStateException("Benchmark input is not clean:\n" + report);
    }
  }
}
