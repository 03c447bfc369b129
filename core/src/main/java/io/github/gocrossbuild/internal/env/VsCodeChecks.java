package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.config.VsCodeSettings;
import io.github.gocrossbuild.config.VsCodeTask;
import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvFinding.Severity;
import io.github.gocrossbuild.env.EnvFindingId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The findings about VS Code files themselves, independent of any consumer's values. */
public final class VsCodeChecks {

  private VsCodeChecks() {}

  /**
   * Finds a task-level {@code env}, which VS Code ignores: the task runs with the parent
   * environment, so e.g. {@code bin/app-linux-arm64} is built for the host.
   *
   * @param file the tasks.json name
   * @param task the task
   * @return the finding, id {@code env.task-env-ignored}
   */
  public static Optional<EnvFinding> taskEnvIgnored(String file, VsCodeTask task) {
    if (task.ignoredEnv().isEmpty()) {
      return Optional.empty();
    }
    List<String> pairs = new ArrayList<>();
    task.ignoredEnv().forEach((k, v) -> pairs.add(k + "=" + v));
    String at = task.line() > 0 ? file + ":" + task.line() : file;
    Severity severity =
        task.ignoredEnv().keySet().stream()
                .anyMatch(k -> k.startsWith("GO") || k.startsWith("CGO_") || k.equals("CC"))
            ? Severity.ERROR
            : Severity.WARNING;
    return Optional.of(
        EnvFinding.of(
            EnvFindingId.TASK_ENV_IGNORED,
            severity,
            String.format(
                "Task \"%s\" (%s) has \"env\": {%s} directly on the task; VS Code ignores it and"
                    + " runs the task with the parent environment. Move it into \"options\":"
                    + " {\"env\": {...}}.",
                task.label(), at, String.join(", ", pairs)),
            task.ignoredEnv().keySet().iterator().next()));
  }

  /**
   * Finds GOOS/GOARCH in {@code go.toolsEnvVars}: they apply to gopls, tests and debugging (which
   * then build binaries this machine cannot run) but not to tasks.
   *
   * @param settings the settings
   * @return the finding, id {@code env.tools-env-target}
   */
  public static Optional<EnvFinding> toolsEnvTarget(VsCodeSettings settings) {
    List<String> pairs = new ArrayList<>();
    for (String name : List.of("GOOS", "GOARCH")) {
      String v = settings.toolsEnvVars().get(name);
      if (v != null) {
        pairs.add(name + "=" + v);
      }
    }
    if (pairs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        EnvFinding.of(
            EnvFindingId.TOOLS_ENV_TARGET,
            Severity.WARNING,
            String.format(
                "%s sets %s in go.toolsEnvVars: gopls, go vet, tests and debug sessions now target"
                    + " that platform (debugging fails with \"not an executable file\","
                    + " golang/vscode-go#114), while tasks ignore go.toolsEnvVars. Remove them there"
                    + " and put them in the build task's \"options\": {\"env\": {...}} (to let gopls"
                    + " see another platform's files, set build tags in gopls' build.buildFlags"
                    + " instead).",
                settings.file().orElse("settings.json"), String.join(", ", pairs)),
            pairs.get(0).split("=")[0]));
  }

  /**
   * Returns the build flags a task's command line sets, to compare with GOFLAGS.
   *
   * @param task the task
   * @return flag names such as {@code -ldflags}, when the task runs {@code go build/test/...}
   */
  public static List<String> commandFlags(VsCodeTask task) {
    List<String> words = new ArrayList<>();
    task.command().ifPresent(c -> words.addAll(shellWords(c)));
    words.addAll(task.args());
    List<String> flags = new ArrayList<>();
    boolean go =
        !words.isEmpty()
            && (words.get(0).equals("go")
                || words.get(0).endsWith("/go")
                || "go".equals(task.type().orElse("")));
    if (!go) {
      return flags;
    }
    for (String w : words) {
      if (w.startsWith("-")) {
        String name = w.replaceFirst("^--", "-").split("=", 2)[0];
        if (!flags.contains(name)) {
          flags.add(name);
        }
      }
    }
    return flags;
  }

  /** Splits a shell command line into words, honouring single and double quotes. */
  static List<String> shellWords(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /**
   * Names a consumer's unresolvable variables.
   *
   * @param who the consumer
   * @param unresolved the variables
   * @return the finding, id {@code env.unresolved-variable}
   */
  public static Optional<EnvFinding> unresolved(String who, List<String> unresolved) {
    if (unresolved.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        EnvFinding.of(
            EnvFindingId.UNRESOLVED_VARIABLE,
            Severity.INFO,
            String.format(
                "%s uses %s, which VS Code resolves only interactively or from the editor; the value"
                    + " is shown as written.",
                who, String.join(", ", new java.util.LinkedHashSet<>(unresolved)))));
  }

  /**
   * Names env files a consumer cannot read.
   *
   * @param who the consumer
   * @param files the files
   * @return the finding, id {@code env.env-file-missing}
   */
  public static Optional<EnvFinding> missingFiles(String who, List<String> files) {
    if (files.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        EnvFinding.of(
            EnvFindingId.ENV_FILE_MISSING,
            Severity.ERROR,
            String.format(
                "%s reads %s, which cannot be read; the Go extension fails with \"Cannot load"
                    + " environment variables from file\". Fix the path.",
                who, String.join(", ", files))));
  }
}
