package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.internal.jsonc.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Lint rules for {@code .vscode/tasks.json}. */
public final class TasksRules implements Rule {
  /** 0.1.0 properties with their 2.0.0 replacements (VS Code 1.14 release notes). */
  private static final Map<String, String> DEPRECATED =
      Map.ofEntries(
          Map.entry("taskName", "use \"label\""),
          Map.entry("isShellCommand", "use \"type\": \"shell\""),
          Map.entry("showOutput", "use \"presentation\": {\"reveal\": ...}"),
          Map.entry("echoCommand", "use \"presentation\": {\"echo\": ...}"),
          Map.entry("suppressTaskName", "write the full command in \"command\" instead"),
          Map.entry("isBuildCommand", "use \"group\": \"build\""),
          Map.entry("isTestCommand", "use \"group\": \"test\""),
          Map.entry("isWatching", "use \"isBackground\""),
          Map.entry("taskSelector", "put the selector into \"args\""),
          Map.entry("terminal", "use \"presentation\""));

  private static final Set<String> OPTIONS_KEYS = Set.of("cwd", "shell");
  private static final Set<String> PRESENTATION_KEYS =
      Set.of("reveal", "echo", "focus", "panel", "clear", "showReuseMessage", "revealProblems");

  @Override
  public void check(JsonNode root, IssueSink sink) {
    version(root, sink);
    task(root, "", true, sink);
    if (root.has("command") && root.has("tasks")) {
      sink.flagKey(
          RuleId.TASKS_GLOBAL_COMMAND_WITH_TASKS,
          "/command",
          "A top-level"
              + " \"command\" next to a \"tasks\" list is the legacy global task; move it into"
              + " \"tasks\" as a task with a \"label\".");
    }
    JsonNode globalEnv = root.path("options").path("env");
    Nodes.elements(
        root.path("tasks"),
        "/tasks",
        (i, p, t) -> {
          task(t, p, false, sink);
          TaskOutputRule.check(t, p, globalEnv, sink);
          ShellQuoteRule.check(t, p, root, sink);
        });
    CommonRules.workspaceRoot(root, "", sink);
  }

  private static void version(JsonNode root, IssueSink sink) {
    JsonNode version = root.path("version");
    if (version.isString() && !version.stringValue().equals("2.0.0")) {
      sink.explainValue(
          RuleId.TASKS_OLD_VERSION,
          "/version",
          "Version \""
              + version.stringValue()
              + "\" is the pre-2.0 tasks format; set \"2.0.0\" and move the"
              + " deprecated properties to their replacements.");
    }
  }

  private static void task(JsonNode task, String pointer, boolean root, IssueSink sink) {
    if (!task.isObject()) {
      return;
    }
    Nodes.members(
        task,
        pointer,
        (key, p, value) -> {
          if (DEPRECATED.containsKey(key)) {
            sink.explainKey(
                RuleId.TASKS_DEPRECATED_PROPERTY,
                p,
                "\"" + key + "\" is a tasks 0.1.0 property; " + DEPRECATED.get(key) + ".");
          } else if (key.equals("env")) {
            sink.explainKey(
                RuleId.TASKS_ENV_OUTSIDE_OPTIONS,
                p,
                "VS Code ignores \"env\""
                    + " at the task level; move it into \"options\": {\"env\": {...}}.");
          } else if (OPTIONS_KEYS.contains(key) && !root) {
            misplacedOption(key, p, sink);
          } else if (PRESENTATION_KEYS.contains(key) && !root) {
            misplaced(key, "presentation", p, sink);
          }
        });
    JsonNode group = task.path("group");
    String groupPointer = JsonPointers.child(pointer, "group");
    if (group.isObject()) {
      groupObject(group, groupPointer, sink);
    }
    processCommand(task, pointer, sink);
    envMap(task, pointer, sink, "options", "env");
    envMap(task, pointer, sink, "env");
    for (String os : new String[] {"windows", "linux", "osx"}) {
      envMap(task, pointer, sink, os, "options", "env");
    }
    // Only a command line that mentions dlv can start Delve; most tasks need no argument list.
    if (Nodes.anyStringContains(task.path("command"), "dlv")
        || Nodes.anyStringContains(task.path("args"), "dlv")) {
      List<String[]> parts = new ArrayList<>();
      CommonRules.commandParts(task.path("command"), JsonPointers.child(pointer, "command"), parts);
      CommonRules.commandParts(task.path("args"), JsonPointers.child(pointer, "args"), parts);
      CommonRules.delveListen(parts, false, sink);
    }
  }

  /** Checks the environment map at a path below the task, if there is one. */
  private static void envMap(JsonNode task, String pointer, IssueSink sink, String... path) {
    JsonNode env = task;
    String at = pointer;
    for (String segment : path) {
      env = env.path(segment);
      at = JsonPointers.child(at, segment);
      if (env.isMissingNode()) {
        return;
      }
    }
    GoTargetRules.checkEnvMap(env, at, sink);
  }

  private static void groupObject(JsonNode group, String pointer, IssueSink sink) {
    List<String> stray = new ArrayList<>();
    Nodes.members(
        group,
        pointer,
        (key, p, value) -> {
          if (PRESENTATION_KEYS.contains(key)) {
            misplaced(key, "presentation", p, sink);
          } else if (!key.equals("kind") && !key.equals("isDefault")) {
            stray.add(key);
          }
        });
    if (!group.has("kind")) {
      String extra = stray.isEmpty() ? "" : " (it has unexpected " + String.join(", ", stray) + ")";
      sink.explainKey(
          RuleId.TASKS_GROUP_WITHOUT_KIND,
          pointer,
          "This group object"
              + " has no \"kind\""
              + extra
              + ", so the task is in no group; write {\"kind\":"
              + " \"build\", \"isDefault\": true}.");
    }
  }

  private static void processCommand(JsonNode task, String pointer, IssueSink sink) {
    if (!"process".equals(task.path("type").asString(""))) {
      return;
    }
    String command = task.path("command").asString("").trim();
    String first = command.split("\\s+", 2)[0];
    boolean looksLikePath = first.contains("/") || first.contains("\\") || first.endsWith(":");
    if (command.contains(" ") && !looksLikePath && task.path("command").isString()) {
      sink.explainValue(
          RuleId.TASKS_PROCESS_COMMAND_WITH_ARGS,
          JsonPointers.child(pointer, "command"),
          "A \"process\" task runs its command without a"
              + " shell, so \""
              + command
              + "\" is taken as one program name; put \""
              + first
              + "\" in \"command\" and the rest in \"args\", or use \"type\": \"shell\".");
    }
  }

  /** A presentation key elsewhere changes only how the terminal looks. */
  private static void misplaced(String key, String parent, String pointer, IssueSink sink) {
    sink.explainKey(
        RuleId.TASKS_MISPLACED_PROPERTY,
        pointer,
        "\"" + key + "\" is ignored here; it belongs inside \"" + parent + "\".");
  }

  /** An options key outside "options" makes the task run in another folder or shell. */
  private static void misplacedOption(String key, String pointer, IssueSink sink) {
    sink.explainKey(
        RuleId.TASKS_MISPLACED_OPTION,
        pointer,
        "VS Code ignores \""
            + key
            + "\" at the task level, so the task runs with the default "
            + (key.equals("cwd") ? "working folder" : "shell")
            + "; move it into \"options\": {\""
            + key
            + "\": ...}.");
  }
}
