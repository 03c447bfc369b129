package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.env.ToolchainFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * The one findings function of every consumer's environment (a VS Code task, the Go extension's
 * tools, installer and tests, a debug session, the library's own build): invalid values, shadowed
 * go env settings, an inherited target, GOFLAGS against the command line, cgo switched off by a
 * cross build, cgo on without a cross compiler, and a toolchain switch. The findings about the VS
 * Code files themselves (task-level {@code env}, {@code go.toolsEnvVars}) stay with {@link
 * VsCodeChecks}.
 */
public final class EnvFindings {
  private EnvFindings() {}

  /**
   * Finds the traps in one consumer's environment.
   *
   * @param env the consumer's resolved environment
   * @param consumer who runs go with it
   * @return the findings, in a fixed order
   */
  public static List<EnvFinding> of(ResolvedEnv env, ConsumerRun consumer) {
    ToolchainFacts facts = consumer.facts();
    String who = consumer.who();
    List<EnvFinding> out = new ArrayList<>();
    out.addAll(EnvChecks.invalidValues(env, who));
    out.addAll(EnvChecks.goEnvShadowed(env));
    if (!consumer.targetFix().isEmpty()) {
      out.addAll(EnvChecks.targetInherited(env, who, consumer.targetFix()));
    }
    EnvChecks.goflags(env, consumer.commandFlags(), consumer.commandLine()).ifPresent(out::add);
    if (isCross(env, facts) && cgoOffByGo(env)) {
      out.add(
          EnvChecks.cgoOffCross(
              env, facts, consumer.directory(), consumer.pkg(), who, consumer.cgoFix()));
    }
    EnvChecks.cgoCrossWithoutCc(env, facts, consumer.ccLookup(), who).ifPresent(out::add);
    EnvChecks.toolchainSwitch(env, facts, consumer.directory()).ifPresent(out::add);
    return out;
  }

  /** Whether go builds for another platform than the toolchain's host, as the env says. */
  private static boolean isCross(ResolvedEnv env, ToolchainFacts facts) {
    return !facts.hostTarget().goos().goName().equals(env.get("GOOS").orElse(""))
        || !facts.hostTarget().goarch().goName().equals(env.get("GOARCH").orElse(""));
  }

  /** Whether CGO_ENABLED=0 comes from Go's own rule, not from anything the user set. */
  private static boolean cgoOffByGo(ResolvedEnv env) {
    return env.explain("CGO_ENABLED").layer().orElse(null) == EnvLayer.GO_DEFAULT
        && env.get("CGO_ENABLED").orElse("").equals("0");
  }
}
