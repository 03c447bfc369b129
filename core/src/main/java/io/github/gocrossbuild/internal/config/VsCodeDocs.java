package io.github.gocrossbuild.internal.config;

import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.debug.LaunchConfiguration;
import io.github.gocrossbuild.internal.jsonc.JsoncObject;
import io.github.gocrossbuild.internal.jsonc.JsoncSyntax;
import io.github.gocrossbuild.internal.jsonc.JsoncTree;
import io.github.gocrossbuild.internal.plan.OutputNaming;
import io.github.gocrossbuild.internal.plan.TargetPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The VS Code files of a project: a task per target, debug configurations and settings. */
public final class VsCodeDocs {
  /** The port a generated remote attach configuration connects to. */
  public static final int DEBUG_PORT = 2345;

  private VsCodeDocs() {}

  /**
   * Returns the label of a target's build task.
   *
   * @param target the target
   * @return e.g. {@code go build linux/arm/v7}
   */
  public static String label(Target target) {
    return "go build " + target;
  }

  /**
   * Describes tasks.json: one {@code process} task per target that runs exactly what {@code run()}
   * runs, the host platform's task the default build.
   *
   * @param facts the project
   * @param workspace the workspace folder
   * @return the document
   */
  public static JsonDoc tasks(ProjectFacts facts, Path workspace) {
    List<Map<String, Object>> tasks = new ArrayList<>();
    Target primary = primary(facts);
    for (TargetPlan plan : facts.plans()) {
      List<String> args = new ArrayList<>();
      String artifact = plan.artifact().toString();
      for (String a : plan.argv().subList(1, plan.argv().size())) {
        args.add(a.equals(artifact) ? inWorkspace(plan.artifact(), workspace) : a);
      }
      Map<String, Object> options = new LinkedHashMap<>();
      options.put("cwd", inWorkspace(plan.moduleDir(), workspace));
      options.put("env", new LinkedHashMap<String, Object>(plan.configVariables()));
      Map<String, Object> task = new LinkedHashMap<>();
      task.put("label", label(plan.target()));
      task.put("type", "process");
      task.put("command", plan.argv().get(0));
      task.put("args", args);
      task.put("options", options);
      Map<String, Object> group = new LinkedHashMap<>();
      group.put("kind", "build");
      group.put("isDefault", plan.target().equals(primary));
      task.put("group", group);
      task.put("problemMatcher", List.of("$go"));
      tasks.add(task);
    }
    return new JsonDoc(
        List.of(
            new JsonDoc.Member("version", "2.0.0", false),
            new JsonDoc.Items("tasks", "label", tasks)),
        true);
  }

  /**
   * Describes launch.json: a local debug configuration for the host platform, and a remote attach
   * configuration per target when the builder builds and debugs on an SSH host.
   *
   * @param facts the project
   * @param workspace the workspace folder
   * @return the document
   */
  public static JsonDoc launch(ProjectFacts facts, Path workspace) {
    List<Map<String, Object>> configs = new ArrayList<>();
    Map<String, Object> local = new LinkedHashMap<>();
    local.put("name", String.format("Debug %s (this machine)", facts.baseName()));
    local.put("type", "go");
    local.put("request", "launch");
    local.put("mode", "debug");
    local.put("program", inWorkspace(facts.moduleDir().resolve(facts.spec().pkg()), workspace));
    if (!facts.spec().tags().isEmpty()) {
      local.put("buildFlags", "-tags=" + String.join(",", facts.spec().tags()));
    }
    configs.add(local);
    facts
        .debugHost()
        .ifPresent(
            host -> {
              for (TargetPlan plan : facts.plans()) {
                String file = OutputNaming.fileName(facts.baseName() + "-debug", plan.target());
                String text =
                    LaunchConfiguration.remoteAttach(
                        LaunchConfiguration.attachName(file, plan.target(), host),
                        DEBUG_PORT,
                        facts.moduleDir().toString(),
                        facts.modulePath());
                configs.add(plain(JsoncTree.read("launch", text, JsoncSyntax.JSON)));
              }
            });
    return new JsonDoc(
        List.of(
            new JsonDoc.Member("version", "0.2.0", false),
            new JsonDoc.Items("configurations", "name", configs)),
        true);
  }

  /**
   * Describes settings.json: the spec's build tags for the Go extension and gopls; never the
   * target's GOOS or GOARCH, which would make the tools analyse another platform than they run on.
   *
   * @param facts the project
   * @return the document
   */
  public static JsonDoc settings(ProjectFacts facts) {
    List<JsonDoc.Entry> entries = new ArrayList<>();
    List<String> tags = facts.spec().tags();
    if (!tags.isEmpty()) {
      String joined = String.join(",", tags);
      entries.add(new JsonDoc.Member("go.buildTags", joined, true));
      entries.add(
          new JsonDoc.Member(
              "gopls", Map.of("build.buildFlags", List.of("-tags=" + joined)), true));
    }
    return new JsonDoc(entries, true);
  }

  /**
   * Returns the target whose task is the default build: the host platform's, else the first.
   *
   * @param facts the project
   * @return the target
   */
  static Target primary(ProjectFacts facts) {
    for (TargetPlan p : facts.plans()) {
      if (facts.hostPlatform().filter(h -> sameArch(h, p.target())).isPresent()) {
        return p.target();
      }
    }
    return facts.plans().get(0).target();
  }

  private static boolean sameArch(Target a, Target b) {
    return a.goos() == b.goos() && a.goarch() == b.goarch();
  }

  /**
   * Spells a path as VS Code resolves it: under {@code ${workspaceFolder}} when inside the
   * workspace, else absolute.
   *
   * @param path an absolute path
   * @param workspace the workspace folder
   * @return e.g. {@code ${workspaceFolder}/bin/app-linux-arm64}
   */
  static String inWorkspace(Path path, Path workspace) {
    Path p = path.toAbsolutePath().normalize();
    Path ws = workspace.toAbsolutePath().normalize();
    if (!p.startsWith(ws)) {
      return p.toString();
    }
    String rel = ws.relativize(p).toString().replace('\\', '/');
    return rel.isEmpty() ? "${workspaceFolder}" : "${workspaceFolder}/" + rel;
  }

  private static Map<String, Object> plain(Object value) {
    Map<String, Object> out = new LinkedHashMap<>();
    ((JsoncObject) value)
        .members()
        .forEach((k, v) -> out.put(k, v instanceof JsoncObject ? plain(v) : plainList(v)));
    return out;
  }

  private static Object plainList(Object v) {
    if (v instanceof List<?> l) {
      return l.stream().map(x -> x instanceof JsoncObject ? plain(x) : x).toList();
    }
    return v;
  }
}
