package io.github.gocrossbuild.env;

import io.github.gocrossbuild.Target;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test helper: every consumer of a workspace whose last step is a real {@code go}. */
final class EveryConsumer {
  private EveryConsumer() {}

  /**
   * Resolves every consumer.
   *
   * @param w the workspace
   * @param task a task label
   * @param debug a launch configuration name
   * @return consumer key ({@code task}, {@code tools}, {@code installer}, {@code tests}, {@code
   *     debug}, {@code library}) to its environment
   */
  static Map<String, ResolvedEnv> of(VsCodeWorkspace w, String task, String debug) {
    Map<String, ResolvedEnv> envs = new LinkedHashMap<>();
    envs.put("task", w.taskEnv(task));
    envs.put("tools", w.goToolsEnv());
    envs.put("installer", w.toolInstallerEnv());
    envs.put("tests", w.testEnv());
    envs.put("debug", w.debugEnv(debug));
    envs.put("library", w.libraryBuildEnv(Target.parse("linux/arm64")));
    return envs;
  }
}
