package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.internal.jsonc.JsonPointers;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A shell task quoting with single quotes, as in {@code go build -ldflags='-s -w'}: a POSIX shell
 * removes them, but on Windows cmd.exe passes them on (go sees {@code -ldflags='-s} and {@code
 * -w'}) and PowerShell's handling depends on its version. A task that names its shell or has a
 * {@code windows} variant has made its choice and is not reported.
 */
final class ShellQuoteRule {
  /** A single-quoted run holding a space: quoting that only a POSIX shell undoes. */
  private static final Pattern QUOTED_SPACE = Pattern.compile("\\S*'[^']*\\s[^']*'\\S*");

  private ShellQuoteRule() {}

  /**
   * Checks one task.
   *
   * @param task the task
   * @param pointer its pointer
   * @param root the file's root, whose {@code type} and {@code options.shell} tasks inherit
   * @param sink where to report
   */
  static void check(JsonNode task, String pointer, JsonNode root, IssueSink sink) {
    String type = Nodes.text(task.path("type")).or(() -> Nodes.text(root.path("type"))).orElse("");
    boolean shellChosen =
        !task.path("options").path("shell").isMissingNode()
            || !root.path("options").path("shell").isMissingNode()
            || task.has("windows");
    if (!type.equals("shell") || shellChosen) {
      return;
    }
    Optional<String> found = quoted(task.path("command"));
    String at = JsonPointers.child(pointer, "command");
    if (found.isEmpty()) {
      JsonNode args = task.path("args");
      for (int i = 0; i < args.size() && found.isEmpty(); i++) {
        at = JsonPointers.child(JsonPointers.child(pointer, "args"), i);
        found = quoted(args.path(i));
      }
    }
    String where = at;
    found.ifPresent(
        word ->
            sink.flag(
                RuleId.TASKS_SHELL_SINGLE_QUOTES,
                where,
                String.format(
                    "%s is quoted for a POSIX shell: on Windows, cmd.exe passes the single quotes"
                        + " on and splits at the space, and PowerShell's handling depends on its"
                        + " version; make it a \"process\" task with the argument as one element"
                        + " of \"args\" (without quotes), which every OS passes unchanged.",
                    word)));
  }

  private static Optional<String> quoted(JsonNode value) {
    return Nodes.text(value).map(QUOTED_SPACE::matcher).filter(Matcher::find).map(Matcher::group);
  }
}
