package io.github.gocrossbuild.examples;

import io.github.gocrossbuild.config.VsCodeTask;
import io.github.gocrossbuild.env.EnvExplanation;
import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.env.VsCodeWorkspace;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Explains the environment a VS Code build task really runs {@code go} with: the table of every Go
 * variable and where it came from, the findings with their ids, and the fix, proven by resolving
 * the corrected task.
 *
 * <p>Run from the repository root: {@code mvn -q -pl examples exec:java
 * -Dexec.mainClass=io.github.gocrossbuild.examples.ExplainWorkspace
 * -Dexec.args="examples/workspace-sample build-linux-arm64"}.
 */
public final class ExplainWorkspace {
  /** The sample workspace shipped with the examples (the seed's broken tasks.json). */
  public static final String SAMPLE = "workspace-sample";

  /** The sample's task. */
  public static final String TASK = "build-linux-arm64";

  private ExplainWorkspace() {}

  /**
   * Runs the example.
   *
   * @param args optional: the workspace folder (default {@value #SAMPLE}, or {@code
   *     examples/}{@value #SAMPLE} from the repository root) and the task label (default {@value
   *     #TASK})
   * @throws IOException when the corrected copy cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : SAMPLE);
    if (args.length == 0 && !Files.isDirectory(dir)) {
      dir = Path.of("examples", SAMPLE); // run from the repository root
    }
    String label = args.length > 1 ? args[1] : TASK;
    explain(dir, label, System.getenv(), System.out);
  }

  /**
   * Prints the explanation of one task.
   *
   * @param dir the workspace folder
   * @param label the task label
   * @param processEnv VS Code's process environment
   * @param out where to print
   * @throws IOException when the corrected copy cannot be written
   */
  public static void explain(
      Path dir, String label, Map<String, String> processEnv, PrintStream out) throws IOException {
    // spotless:off (README layout)
    // readme:env
    VsCodeWorkspace ws = VsCodeWorkspace.load(dir, processEnv);
    ResolvedEnv env = ws.taskEnv(label);              // what VS Code really gives `go` for the task
    // end
    // spotless:on
    out.println("Workspace  " + ws.directory());
    out.println("Task       " + label);
    out.println("GOOS       " + line(env.explain("GOOS")));
    out.println("GOARCH     " + line(env.explain("GOARCH")));
    out.println();
    out.print(env.render());
    out.println();
    for (EnvFinding f : env.findings()) {
      out.println(
          "Finding    " + f.id() + " (" + f.severity().name().toLowerCase(Locale.ROOT) + ")");
    }
    VsCodeTask task =
        ws.tasks().tasks().stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow();
    if (task.ignoredEnv().isEmpty()) {
      out.println("Fix        none needed");
      return;
    }
    out.println("Fix        in .vscode/tasks.json, replace the task's \"env\" with");
    out.println("             \"options\": { \"env\": " + json(task.ignoredEnv()) + " }");
    ResolvedEnv fixed = corrected(ws, task, processEnv).taskEnv(label);
    out.println(
        "Fixed      GOOS="
            + fixed.get("GOOS").orElse("")
            + " GOARCH="
            + fixed.get("GOARCH").orElse("")
            + " from "
            + fixed.explain("GOARCH").layer().map(l -> l.description()).orElse("-")
            + ", findings "
            + fixed.findings().stream().map(EnvFinding::id).toList());
  }

  private static String line(EnvExplanation ex) {
    return ex.value().orElse("(unset)")
        + " from "
        + ex.layer().map(l -> l.description()).orElse("-");
  }

  /** Loads a copy of the workspace whose task carries its env in options.env. */
  private static VsCodeWorkspace corrected(
      VsCodeWorkspace ws, VsCodeTask task, Map<String, String> processEnv) throws IOException {
    Path copy = Files.createTempDirectory("explain-workspace");
    Path vscode = Files.createDirectories(copy.resolve(".vscode"));
    List<String> fields = new ArrayList<>();
    fields.add("\"label\": " + quote(task.label()));
    task.type().ifPresent(t -> fields.add("\"type\": " + quote(t)));
    task.command().ifPresent(c -> fields.add("\"command\": " + quote(c)));
    fields.add("\"options\": {\"env\": " + json(task.ignoredEnv()) + "}");
    Files.writeString(
        vscode.resolve("tasks.json"),
        "{\"version\": \"2.0.0\", \"tasks\": [{" + String.join(", ", fields) + "}]}\n");
    try {
      return VsCodeWorkspace.load(copy, processEnv, ws.toolchain());
    } finally {
      Files.delete(vscode.resolve("tasks.json"));
      Files.delete(vscode);
      Files.delete(copy);
    }
  }

  private static String json(Map<String, String> values) {
    List<String> pairs = new ArrayList<>();
    values.forEach((k, v) -> pairs.add(quote(k) + ": " + quote(v)));
    return "{ " + String.join(", ", pairs) + " }";
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
