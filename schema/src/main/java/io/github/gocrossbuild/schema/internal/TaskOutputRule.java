package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.internal.jsonc.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * {@code tasks.output-name-target}: a {@code go build -o bin/app-linux-arm64} task whose {@code
 * options.env} does not build for the platform its output is named after. The file then holds a
 * binary for another platform under a name that says otherwise, and nothing fails until it is
 * deployed. A task that sets neither GOOS nor GOARCH is taken as a native build meant for the
 * machine it runs on, and is not reported.
 */
final class TaskOutputRule {
  private static final Pattern GO_BUILD =
      Pattern.compile("(?:^|[\\s/\\\\])go(?:\\.exe)?\\s+build\\b");
  private static final Pattern OUTPUT_IN_LINE =
      Pattern.compile("(?:^|\\s)-o(?:=|\\s+)([\"']?)([^\\s\"']+)\\1");
  private static final Pattern SEPARATORS = Pattern.compile("[-_./\\\\]");

  private TaskOutputRule() {}

  /**
   * Checks one task.
   *
   * @param task the task object
   * @param pointer its pointer
   * @param globalEnv the top-level {@code options.env}, which applies to every task
   * @param sink where to report
   */
  static void check(JsonNode task, String pointer, JsonNode globalEnv, IssueSink sink) {
    // A task-level "env" is reported by tasks.env-outside-options, which explains this too; an
    // OS-specific block makes the environment depend on the machine, which this cannot know.
    if (!task.isObject()
        || task.has("env")
        || task.has("linux")
        || task.has("osx")
        || task.has("windows")) {
      return;
    }
    List<String> texts = new ArrayList<>();
    Nodes.stringValues(task.path("command"), texts);
    Nodes.stringValues(task.path("args"), texts);
    if (!GO_BUILD.matcher(String.join(" ", texts)).find()) {
      return;
    }
    Optional<Output> out = output(texts);
    if (out.isEmpty()) {
      return;
    }
    Optional<String[]> named = platformOf(out.get().path);
    Optional<String> problem =
        named.flatMap(n -> problem(task.path("options").path("env"), globalEnv, out.get(), n));
    if (problem.isPresent()) {
      // Pointers are built only now, in the same order as the texts above.
      List<String[]> parts = new ArrayList<>();
      CommonRules.commandParts(task.path("command"), JsonPointers.child(pointer, "command"), parts);
      CommonRules.commandParts(task.path("args"), JsonPointers.child(pointer, "args"), parts);
      sink.flag(RuleId.TASKS_OUTPUT_NAME_TARGET, parts.get(out.get().index)[1], problem.get());
    }
  }

  /** Where {@code -o} was found: the path and the index of the string that holds it. */
  private record Output(String path, int index) {}

  private static Optional<String> problem(
      JsonNode env, JsonNode globalEnv, Output out, String[] named) {
    String goos = value(env, globalEnv, "GOOS");
    String goarch = value(env, globalEnv, "GOARCH");
    if ((goos == null && goarch == null)
        || (goos != null && GoOs.fromGoName(goos).isEmpty())
        || (goarch != null && GoArch.fromGoName(goarch).isEmpty())) {
      // A native build named for the machine it runs on; or a variable decides at run time; or
      // the go.* value rules already report the value.
      return Optional.empty();
    }
    String namedFor = "The output \"" + out.path + "\" is named for " + named[0] + "/" + named[1];
    if (goos == null || goarch == null) {
      String set = goos == null ? "GOARCH" : "GOOS";
      String missing = goos == null ? "GOOS" : "GOARCH";
      return Optional.of(
          namedFor
              + " but options.env sets "
              + set
              + " without "
              + missing
              + ", which then comes from the machine the task runs on; add \""
              + missing
              + "\": \""
              + (goos == null ? named[0] : named[1])
              + "\" to options.env.");
    }
    if (goos.equals(named[0]) && goarch.equals(named[1])) {
      return Optional.empty();
    }
    return Optional.of(
        namedFor
            + " but options.env builds for "
            + goos
            + "/"
            + goarch
            + ", so the file will hold a binary for another platform than its name says;"
            + " make the name and GOOS/GOARCH agree.");
  }

  /** The task's value, else the top-level one; null when neither sets it. */
  private static String value(JsonNode env, JsonNode globalEnv, String name) {
    JsonNode own = env.path(name);
    JsonNode chosen = own.isMissingNode() ? globalEnv.path(name) : own;
    return chosen.isString() && !chosen.stringValue().isEmpty() ? chosen.stringValue() : null;
  }

  /** Finds {@code -o PATH}: as two arguments, as {@code -o=PATH}, or inside a shell line. */
  private static Optional<Output> output(List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i).strip();
      if (text.equals("-o") && i + 1 < texts.size()) {
        return Optional.of(new Output(texts.get(i + 1).strip(), i + 1));
      }
      if (text.startsWith("-o=")) {
        return Optional.of(new Output(text.substring(3), i));
      }
      Matcher m = OUTPUT_IN_LINE.matcher(text);
      if (text.contains(" ") && m.find()) {
        return Optional.of(new Output(m.group(2), i));
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a platform from a path's words: the first GOOS name directly followed by a GOARCH name,
   * as in {@code app-linux-arm64}, {@code app_windows_amd64.exe} or {@code linux/arm64/app}.
   */
  static Optional<String[]> platformOf(String path) {
    String[] words = SEPARATORS.split(path);
    for (int i = 0; i + 1 < words.length; i++) {
      Optional<GoOs> os = GoOs.fromGoName(words[i]);
      Optional<GoArch> arch = GoArch.fromGoName(words[i + 1]);
      if (os.isPresent() && arch.isPresent()) {
        return Optional.of(new String[] {os.get().goName(), arch.get().goName()});
      }
    }
    return Optional.empty();
  }
}
