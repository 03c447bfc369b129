package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.env.EnvExplanation;
import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.env.ToolchainFacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks every VS Code consumer's environment gets (a task, the tools, a debug session, the
 * library's own build): invalid values, shadowed go env settings, an inherited target, GOFLAGS
 * against the command line, cgo switched off by a cross build, and a toolchain switch.
 */
public final class ConsumerChecks {
  private ConsumerChecks() {}

  /**
   * Runs the checks.
   *
   * @param env the consumer's resolved environment
   * @param facts the local toolchain
   * @param directory the workspace folder
   * @param who the consumer, as the findings name it
   * @param targetFix how to fix an inherited GOOS/GOARCH; empty when a target is expected
   * @param commandFlags the flags on the consumer's go command line
   * @return the findings
   */
  public static List<EnvFinding> common(
      ResolvedEnv env,
      ToolchainFacts facts,
      Path directory,
      String who,
      String targetFix,
      List<String> commandFlags) {
    List<EnvFinding> out = new ArrayList<>();
    out.addAll(EnvChecks.invalidValues(env, who));
    out.addAll(EnvChecks.goEnvShadowed(env));
    if (!targetFix.isEmpty()) {
      out.addAll(EnvChecks.targetInherited(env, who, targetFix));
    }
    EnvChecks.goflags(env, commandFlags, who + "'s command line").ifPresent(out::add);
    EnvExplanation cgo = env.explain("CGO_ENABLED");
    boolean cross =
        !facts.hostTarget().goos().goName().equals(env.get("GOOS").orElse(""))
            || !facts.hostTarget().goarch().goName().equals(env.get("GOARCH").orElse(""));
    if (cross && cgo.layer().orElse(null) == EnvLayer.GO_DEFAULT) {
      out.add(
          EnvChecks.cgoOffCross(
              env,
              facts,
              directory,
              "./...",
              who,
              "set CGO_ENABLED=0 to say pure Go is meant, or CGO_ENABLED=1 with CC set to a C cross"
                  + " compiler"));
    }
    EnvChecks.cgoCrossWithoutCc(env, facts, GoEnvResolver::onLocalPath, who).ifPresent(out::add);
    EnvChecks.toolchainSwitch(env, facts, directory).ifPresent(out::add);
    return out;
  }
}
