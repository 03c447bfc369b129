package io.github.gocrossbuild.benchmarks;

import io.github.gocrossbuild.internal.jsonc.JsoncHandler;
import io.github.gocrossbuild.internal.jsonc.JsoncLocation;
import io.github.gocrossbuild.internal.jsonc.JsoncReader;
import io.github.gocrossbuild.internal.jsonc.JsoncSyntax;
import io.github.gocrossbuild.internal.jsonc.JsoncTree;
import io.github.gocrossbuild.schema.internal.IssueSink;
import io.github.gocrossbuild.schema.internal.JsonDialect;
import io.github.gocrossbuild.schema.internal.JsonNodeBuilder;
import io.github.gocrossbuild.schema.internal.SourceMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * The project's one JSONC reader against Jackson's streaming parser with comments and trailing
 * commas enabled, on the 1 MB tasks.json and the 1.4 KB settings.json of {@link
 * SchemaValidationBench}: scanning alone (every token, its position and value, nothing built), then
 * each consumer's tree. Measured by this thread's CPU time (median of rounds after warm-up), which
 * a busy machine does not distort much; each variant runs in a JVM of its own. This decided that
 * the reader stays on its own scanner: see the package documentation of {@code
 * io.github.gocrossbuild.internal.jsonc}.
 *
 * <p>Run: {@code mvn -q -pl benchmarks exec:java -Dexec.args=jsonc} (after {@code mvn -q install
 * -DskipTests}).
 */
public final class JsoncReadBench {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final JsonFactory JACKSON =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .build();

  private JsoncReadBench() {}

  /** What is measured, each in a JVM of its own so that no other handler shares the profile. */
  enum Variant {
    /** The own reader, every token with its position and value, nothing built. */
    SCAN,
    /** Jackson's streaming parser (comments and trailing commas on), the same walk. */
    JACKSON,
    /** The own reader building core's {@code JsoncObject}/{@code List} values. */
    CORE_TREE,
    /** The own reader building the schema module's Jackson tree and {@code SourceMap}. */
    SCHEMA_TREE
  }

  /**
   * Prints the figures: without arguments, runs each variant in a fresh JVM and prints one line per
   * variant; with a variant name, measures that one.
   *
   * @param args nothing, or one {@link Variant} name
   * @throws Exception when a child JVM fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 1) {
      measure(Variant.valueOf(args[0]));
      return;
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = SchemaValidationBench.runtimeClasspath();
    for (Variant v : Variant.values()) {
      Process p =
          new ProcessBuilder(java, "-cp", classpath, JsoncReadBench.class.getName(), v.name())
              .inheritIO()
              .start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException(v + " failed");
      }
    }
  }

  private static void measure(Variant variant) {
    String tasks = SchemaValidationBench.tasksJson(SchemaValidationBench.TASKS_BYTES);
    String settings = SchemaValidationBench.settingsJson();
    double large = micros(20, work(variant, tasks)) / 1000;
    double small = micros(20_000, work(variant, settings));
    System.out.printf(
        "%-12s 1 MB tasks.json %6.2f ms   1.4 KB settings.json %5.2f us%n", variant, large, small);
  }

  private static Work work(Variant variant, String text) {
    switch (variant) {
      case SCAN:
        return () -> scan(text);
      case JACKSON:
        return () -> jackson(text);
      case CORE_TREE:
        return () -> JsoncTree.read("t", text, JsoncSyntax.VSCODE).hashCode();
      default:
        return () -> nodes(text);
    }
  }

  /** Median CPU microseconds of one call, over seven rounds after as many calls as measured. */
  private static double micros(int count, Work work) {
    long sink = 0;
    for (int i = 0; i < count; i++) {
      sink += work.run();
    }
    double[] rounds = new double[7];
    for (int r = 0; r < rounds.length; r++) {
      long start = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < count; i++) {
        sink += work.run();
      }
      rounds[r] = (THREADS.getCurrentThreadCpuTime() - start) / 1e3 / count;
    }
    if (sink == 42) {
      System.out.print("");
    }
    Arrays.sort(rounds);
    return rounds[rounds.length / 2];
  }

  @FunctionalInterface
  private interface Work {
    long run();
  }

  private static long nodes(String text) {
    IssueSink sink = new IssueSink("t", new SourceMap());
    return JsonNodeBuilder.parse(text, JsonDialect.JSONC, sink).orElseThrow().size();
  }

  /** Every token of the own reader with its position and value, nothing built. */
  private static long scan(String text) {
    Counter counter = new Counter();
    JsoncReader.read("t", text, JsoncSyntax.VSCODE, counter);
    return counter.sum;
  }

  /** Every token of Jackson's parser with its position and value, nothing built. */
  private static long jackson(String text) {
    long sum = 0;
    try (JsonParser p = JACKSON.createParser(ObjectReadContext.empty(), text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        TokenStreamLocation at = p.currentTokenLocation();
        sum += at.getLineNr() + at.getColumnNr();
        switch (t) {
          case PROPERTY_NAME -> sum += p.currentName().length();
          case VALUE_STRING -> sum += p.getString().length();
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> sum += p.getString().length();
          default -> sum++;
        }
      }
    }
    return sum;
  }

  /** Adds up what a consumer would look at, so that nothing is optimised away. */
  private static final class Counter implements JsoncHandler {
    long sum;

    private void at(JsoncLocation at, int size) {
      sum += at.line() + at.column() + size;
    }

    @Override
    public void startObject(JsoncLocation at) {
      at(at, 1);
    }

    @Override
    public void member(JsoncLocation at, String name) {
      at(at, name.length());
    }

    @Override
    public void endObject(JsoncLocation at) {
      sum++;
    }

    @Override
    public void startArray(JsoncLocation at) {
      at(at, 1);
    }

    @Override
    public void endArray(JsoncLocation at) {
      sum++;
    }

    @Override
    public void string(JsoncLocation at, String value) {
      at(at, value.length());
    }

    @Override
    public void number(JsoncLocation at, String literal, boolean integral) {
      at(at, literal.length());
    }

    @Override
    public void bool(JsoncLocation at, boolean value) {
      at(at, 1);
    }

    @Override
    public void nullValue(JsoncLocation at) {
      at(at, 1);
    }
  }
}
