package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.schema.ConfigIssue.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Lint rules for {@code .vscode/launch.json}, mostly about Go (Delve) configurations. */
public final class LaunchRules implements Rule {
  /** Settings keys people put into a launch configuration, with the attribute that works. */
  private static final Map<String, String> SETTING_TO_ATTRIBUTE =
      Map.of(
          "go.testEnvFile", "use \"envFile\"",
          "go.testEnvVars", "use \"env\"",
          "go.toolsEnvVars", "use \"env\"",
          "go.buildFlags", "use \"buildFlags\"",
          "go.buildTags", "use \"buildFlags\": \"-tags=...\"",
          "go.testFlags", "use \"args\"",
          "go.delveConfig", "write its keys directly in the configuration");

  @Override
  public void check(JsonNode root, IssueSink sink) {
    Nodes.elements(
        root.path("configurations"),
        "/configurations",
        (i, p, config) -> {
          if ("go".equals(config.path("type").asString(""))) {
            goConfiguration(config, p, sink);
          }
        });
    CommonRules.workspaceRoot(root, "", sink);
  }

  private static void goConfiguration(JsonNode config, String pointer, IssueSink sink) {
    String request = config.path("request").asString("");
    if (request.equals("launch") && config.path("mode").asString("").equals("remote")) {
      sink.explainValue(
          Severity.WARNING,
          "launch.deprecated-remote",
          Pointers.child(pointer, "mode"),
          "\"request\": \"launch\" with \"mode\": \"remote\" is"
              + " deprecated; use \"request\": \"attach\" with \"mode\": \"remote\", and \"cwd\""
              + " instead of \"program\".");
    }
    if (config.has("remotePath")) {
      sink.explainKey(
          Severity.WARNING,
          "launch.deprecated-remote",
          Pointers.child(pointer, "remotePath"),
          "\"remotePath\" is deprecated and ignored by the"
              + " dlv-dap adapter; use \"substitutePath\": [{\"from\": \"${workspaceFolder}\","
              + " \"to\": \"<path on the remote machine>\"}].");
    }
    Nodes.members(
        config,
        pointer,
        (key, p, value) -> {
          if (key.startsWith("go.") || key.equals("gopls")) {
            String fix = SETTING_TO_ATTRIBUTE.getOrDefault(key, "move it to .vscode/settings.json");
            sink.explainKey(
                Severity.ERROR,
                "launch.settings-key",
                p,
                "\""
                    + key
                    + "\" is a"
                    + " settings.json key and is ignored in a launch configuration; "
                    + fix
                    + ".");
          }
        });
    GoTargetRules.checkEnvMap(config.path("env"), Pointers.child(pointer, "env"), sink);
    List<String[]> flags = new ArrayList<>();
    CommonRules.commandParts(config.path("dlvFlags"), Pointers.child(pointer, "dlvFlags"), flags);
    CommonRules.delveListen(flags, true, sink);
  }
}
