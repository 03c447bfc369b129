package io.github.gocrossbuild.schema.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Lint rules for {@code devcontainer.json}, including the Go settings it carries. */
public final class DevcontainerRules implements Rule {
  private static final Map<String, String> DEPRECATED_TOP_LEVEL =
      Map.of(
          "settings", "customizations.vscode.settings",
          "extensions", "customizations.vscode.extensions",
          "devPort", "customizations.vscode.devPort");
  private static final Map<String, String> LEGACY_BUILD =
      Map.of(
          "dockerFile", "build.dockerfile",
          "context", "build.context");

  /** Extension ids that were renamed; the old id installs nothing current. */
  private static final Map<String, String> RENAMED_EXTENSIONS =
      Map.of(
          "ms-vscode.go", "golang.go",
          "lukehoban.go", "golang.go");

  private static final String[] LIFECYCLE = {
    "initializeCommand",
    "onCreateCommand",
    "updateContentCommand",
    "postCreateCommand",
    "postStartCommand",
    "postAttachCommand"
  };

  private final SettingsRules settings;

  /**
   * Creates the rules.
   *
   * @param settings the Go settings rules, applied to the settings blocks
   */
  public DevcontainerRules(SettingsRules settings) {
    this.settings = settings;
  }

  @Override
  public void check(JsonNode root, IssueSink sink) {
    Nodes.members(
        root,
        "",
        (key, p, value) -> {
          if (DEPRECATED_TOP_LEVEL.containsKey(key)) {
            sink.explainKey(
                RuleId.DEVCONTAINER_DEPRECATED_TOP_LEVEL,
                p,
                "Top-level \""
                    + key
                    + "\" is deprecated; move it to "
                    + DEPRECATED_TOP_LEVEL.get(key)
                    + ".");
          } else if (LEGACY_BUILD.containsKey(key)) {
            sink.flagKey(
                RuleId.DEVCONTAINER_DEPRECATED_PROPERTY,
                p,
                "Top-level \""
                    + key
                    + "\" is the legacy form; use \""
                    + LEGACY_BUILD.get(key)
                    + "\" instead.");
          }
        });
    JsonNode vscode = root.path("customizations").path("vscode");
    settings.check(root.path("settings"), "/settings", sink);
    settings.check(vscode.path("settings"), "/customizations/vscode/settings", sink);
    extensions(root.path("extensions"), "/extensions", sink);
    extensions(vscode.path("extensions"), "/customizations/vscode/extensions", sink);
    GoTargetRules.checkEnvMap(root.path("containerEnv"), "/containerEnv", sink);
    GoTargetRules.checkEnvMap(root.path("remoteEnv"), "/remoteEnv", sink);
    for (String command : LIFECYCLE) {
      List<String[]> parts = new ArrayList<>();
      CommonRules.commandParts(root.path(command), "/" + command, parts);
      CommonRules.delveListen(parts, false, sink);
    }
    Nodes.stringsMatching(
        root,
        "",
        s -> s.contains("${templateOption:"),
        (name, p, value) ->
            sink.flag(
                RuleId.DEVCONTAINER_TEMPLATE_PLACEHOLDER,
                p,
                "This is a template"
                    + " with an unresolved ${templateOption:...} placeholder; apply the template"
                    + " (devcontainer templates apply) or replace it with a real value."));
    CommonRules.workspaceRoot(root, "", sink);
  }

  private static void extensions(JsonNode list, String pointer, IssueSink sink) {
    Nodes.elements(
        list,
        pointer,
        (i, p, value) ->
            Nodes.text(value)
                .ifPresent(
                    id -> {
                      String renamed = RENAMED_EXTENSIONS.get(id.toLowerCase(Locale.ROOT));
                      if (renamed != null) {
                        sink.flag(
                            RuleId.VSCODE_RENAMED_EXTENSION,
                            p,
                            "Extension \""
                                + id
                                + "\" was renamed; install \""
                                + renamed
                                + "\" instead.");
                      }
                    }));
  }
}
