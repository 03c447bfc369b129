package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.internal.jsonc.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Lint rules for {@code .vscode/launch.json}, mostly about Go (Delve) configurations. */
public final class LaunchRules implements Rule {
  /**
   * Settings keys people put into a launch configuration to change the debugged program, with the
   * attribute that does it.
   */
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
          RuleId.LAUNCH_DEPRECATED_REMOTE,
          JsonPointers.child(pointer, "mode"),
          "\"request\": \"launch\" with \"mode\": \"remote\" is"
              + " deprecated; use \"request\": \"attach\" with \"mode\": \"remote\", and \"cwd\""
              + " instead of \"program\".");
    }
    if (config.has("remotePath")) {
      sink.explainKey(
          RuleId.LAUNCH_DEPRECATED_REMOTE,
          JsonPointers.child(pointer, "remotePath"),
          "\"remotePath\" is deprecated and ignored by the"
              + " dlv-dap adapter; use \"substitutePath\": [{\"from\": \"${workspaceFolder}\","
              + " \"to\": \"<path on the remote machine>\"}].");
    }
    Nodes.members(
        config,
        pointer,
        (key, p, value) -> {
          String fix = SETTING_TO_ATTRIBUTE.get(key);
          if (fix != null) {
            sink.explainKey(
                RuleId.LAUNCH_SETTINGS_KEY,
                p,
                "\""
                    + key
                    + "\" is a settings.json key and is ignored in a launch configuration, so the"
                    + " program is debugged without it; "
                    + fix
                    + ".");
          } else if (key.startsWith("go.") || key.equals("gopls")) {
            sink.explainKey(
                RuleId.LAUNCH_MISPLACED_SETTING,
                p,
                "\""
                    + key
                    + "\" is a settings.json key and is ignored in a launch configuration; move it"
                    + " to .vscode/settings.json.");
          }
        });
    GoTargetRules.checkEnvMap(config.path("env"), JsonPointers.child(pointer, "env"), sink);
    List<String[]> flags = new ArrayList<>();
    CommonRules.commandParts(
        config.path("dlvFlags"), JsonPointers.child(pointer, "dlvFlags"), flags);
    CommonRules.delveListen(flags, true, sink);
  }
}
