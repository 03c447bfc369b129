package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.internal.jsonc.JsonPointers;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Rules for the Go extension's path settings ({@code go.goroot}, {@code go.gopath}, {@code
 * go.toolsGopath}, {@code go.alternateTools}): a placeholder copied from an example, and {@code
 * go.gopath} set beside {@code go.toolsGopath}.
 */
final class PathSettingsRules {
  private static final String[] PATHS = {"go.goroot", "go.gopath", "go.toolsGopath"};

  /**
   * A path segment that stands for the reader's own name in examples: {@code youruser}, {@code
   * your_username}, {@code yourname}, {@code <user>}, {@code %USERNAME%} (VS Code expands no {@code
   * %VAR%}), or {@code /path/to/}.
   */
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "(?i)(?:^|[/\\\\])(your[-_]?(?:user(?:[-_]?name)?|name)|<[^>/\\\\]+>|%username%"
              + "|path[/\\\\]to)(?=$|[/\\\\])");

  private PathSettingsRules() {}

  /**
   * Checks the path settings of a settings object.
   *
   * @param settings the object
   * @param pointer its pointer
   * @param sink where to report
   */
  static void check(JsonNode settings, String pointer, IssueSink sink) {
    for (String key : PATHS) {
      placeholder(key, settings.path(key), JsonPointers.child(pointer, key), sink);
    }
    String tools = JsonPointers.child(pointer, "go.alternateTools");
    Nodes.members(
        settings.path("go.alternateTools"),
        tools,
        (name, p, value) -> placeholder("go.alternateTools." + name, value, p, sink));
    if (Nodes.text(settings.path("go.gopath")).isPresent()
        && Nodes.text(settings.path("go.toolsGopath")).isPresent()) {
      sink.flagKey(
          RuleId.GO_GOPATH_WITH_TOOLS_GOPATH,
          JsonPointers.child(pointer, "go.gopath"),
          "go.gopath sets GOPATH for the Go extension's own commands only (gopls, tests, the"
              + " debugger), not for tasks or the terminal, and go.toolsGopath already says where"
              + " its tools go; so gopls and a task use different module caches and installed"
              + " tools. Delete go.gopath and set GOPATH once with `go env -w GOPATH=...`.");
    }
  }

  private static void placeholder(String key, JsonNode value, String pointer, IssueSink sink) {
    Optional<String> path = Nodes.text(value);
    if (path.isEmpty()) {
      return;
    }
    Matcher m = PLACEHOLDER.matcher(path.get());
    if (m.find()) {
      sink.flag(
          RuleId.GO_PLACEHOLDER_PATH,
          pointer,
          String.format(
              "%s \"%s\" holds the placeholder \"%s\" from an example, so the path does not exist;"
                  + " set the real path on the machine the Go extension runs on (with Remote-SSH,"
                  + " the server), or delete the setting to use what `go env` says.",
              key, path.get(), m.group(1)));
    }
  }
}
