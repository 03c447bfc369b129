package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.InvalidTargetException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.EnvBinding;
import io.github.gocrossbuild.env.EnvExplanation;
import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvFinding.Severity;
import io.github.gocrossbuild.env.EnvFindingId;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.env.ToolchainFacts;
import io.github.gocrossbuild.internal.Variants;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The findings every consumer shares: values Go rejects or silently ignores, go env file values the
 * process hides, target variables inherited from where nobody configured the build; and the entry
 * points of the cgo, GOFLAGS and GOTOOLCHAIN checks.
 */
public final class EnvChecks {
  private static final EnvFindingId INVALID = EnvFindingId.INVALID_VALUE;
  private static final Set<String> GO111MODULE = Set.of("", "on", "off", "auto");
  private static final Set<EnvLayer> INHERITED =
      Set.of(EnvLayer.PROCESS, EnvLayer.USER_ENV_FILE, EnvLayer.GOROOT_ENV_FILE);
  private static final Pattern GOTOOLCHAIN =
      Pattern.compile("local|auto|path|(local|go1(\\.\\d+){0,2}((rc|beta)\\d+)?)(\\+(auto|path))?");

  private EnvChecks() {}

  /**
   * Finds values Go rejects (an unknown GOOS/GOARCH, GO111MODULE=yes) or silently ignores or
   * misreads (GOARM=8, CGO_ENABLED=2, a relative GOCACHE).
   *
   * @param env the environment
   * @param who the consumer, for messages
   * @return the findings, id {@code env.invalid-value}
   */
  public static List<EnvFinding> invalidValues(ResolvedEnv env, String who) {
    List<EnvFinding> out = new ArrayList<>();
    String goos = env.get("GOOS").orElse("");
    String goarch = env.get("GOARCH").orElse("");
    Optional<GoArch> arch = GoArch.fromGoName(goarch);
    try {
      Target.parse(goos + "/" + goarch);
    } catch (InvalidTargetException e) {
      String fix =
          e.suggestion()
              .map(
                  s ->
                      String.format(
                          " Go spells it %s: set GOOS/GOARCH to %s.", s, s.replace("/", " and ")))
              .orElse(" See `go tool dist list` for valid pairs.");
      out.add(
          finding(
              INVALID,
              Severity.ERROR,
              String.format(
                  "GOOS=%s GOARCH=%s (%s) is not a target Go can build for, so every go command of"
                      + " %s fails.%s",
                  goos, goarch, origins(env, "GOOS", "GOARCH"), who, fix),
              "GOARCH"));
    }
    arch.flatMap(GoArch::variantVariable)
        .ifPresent(
            var -> {
              EnvExplanation ex = env.explain(var);
              if (ex.layer().isPresent() && ex.layer().get() != EnvLayer.GO_DEFAULT) {
                String value = ex.value().orElse("");
                Variants.problem(arch.get(), value)
                    .ifPresent(
                        problem ->
                            out.add(
                                invalid(
                                    Severity.WARNING,
                                    var,
                                    value,
                                    origin(ex),
                                    "is not valid for GOARCH=%s: %s. Fix it there, or remove it to"
                                        + " get Go's default.",
                                    goarch,
                                    problem)));
              }
            });
    for (EnvBinding b : env.bindings("CGO_ENABLED")) {
      if (b.layer() != EnvLayer.GO_DEFAULT
          && !b.removes()
          && !b.value().isEmpty()
          && GoVariables.ignoredBecause("CGO_ENABLED", b.value()).isPresent()) {
        out.add(
            invalid(
                Severity.WARNING,
                "CGO_ENABLED",
                b.value(),
                b.origin(),
                "is ignored: Go only honours 0 and 1, so %s gets %s. Write 0 or 1.",
                who,
                binding(
                    "CGO_ENABLED",
                    env.get("CGO_ENABLED").orElse("?"),
                    origin(env.explain("CGO_ENABLED")))));
      }
    }
    String mod = env.get("GO111MODULE").orElse("");
    if (!GO111MODULE.contains(mod)) {
      out.add(
          invalid(
              Severity.ERROR,
              "GO111MODULE",
              mod,
              origin(env.explain("GO111MODULE")),
              "makes every go command of %s fail (unknown environment setting). Use on, off, auto"
                  + " or leave it unset.",
              who));
    }
    relativeGocache(env)
        .ifPresent(
            cache ->
                out.add(
                    invalid(
                        Severity.WARNING,
                        "GOCACHE",
                        cache.value(),
                        cache.origin(),
                        "is not an absolute path, so Go turns the build cache off and every build"
                            + " of %s starts cold. Use an absolute path.",
                        who)));
    String toolchain = env.get("GOTOOLCHAIN").orElse("");
    if (!toolchain.isEmpty() && !GOTOOLCHAIN.matcher(toolchain).matches()) {
      out.add(
          invalid(
              Severity.ERROR,
              "GOTOOLCHAIN",
              toolchain,
              origin(env.explain("GOTOOLCHAIN")),
              "is invalid: every go command of %s fails. Use local, auto, path, goX.Y.Z, or"
                  + " goX.Y.Z+auto / +path.",
              who));
    }
    return out;
  }

  /**
   * Finds go env file values hidden by a non-empty process value (golang/go#68270: {@code go env
   * -w} reports success and nothing changes).
   *
   * @param env the environment
   * @return the findings, id {@code env.go-env-shadowed}
   */
  public static List<EnvFinding> goEnvShadowed(ResolvedEnv env) {
    List<EnvFinding> out = new ArrayList<>();
    for (String name : env.names()) {
      EnvExplanation ex = env.explain(name);
      if (ex.layer().orElse(null) != EnvLayer.PROCESS) {
        continue;
      }
      for (EnvBinding b : ex.shadowed()) {
        if (b.layer() == EnvLayer.USER_ENV_FILE && !b.value().equals(ex.value().orElse(""))) {
          out.add(
              finding(
                  EnvFindingId.GO_ENV_SHADOWED,
                  Severity.WARNING,
                  String.format(
                      "%1$s=%2$s in %3$s (go env -w) is hidden by %1$s=%4$s in the process"
                          + " environment%5$s: a non-empty environment value always wins"
                          + " (golang/go#68270). Unset %1$s where the environment is set up (shell"
                          + " profile, CI, IDE), or drop the file value with `go env -u %1$s`.",
                      name, b.value(), b.origin(), ex.value().orElse(""), setBy(ex)),
                  name));
        }
      }
    }
    return out;
  }

  /**
   * Names the file that set a process variable when it is known (a login shell's file and line);
   * the generic origins all start with "process".
   */
  private static String setBy(EnvExplanation ex) {
    String origin = ex.winner().map(EnvBinding::origin).orElse("process");
    return origin.startsWith("process") ? "" : ", set by " + origin;
  }

  /**
   * Finds GOOS, GOARCH or the variant variable reaching a consumer from the process environment or
   * a go env file although the consumer's own configuration does not set them.
   *
   * @param env the environment
   * @param who the consumer, e.g. {@code task "build"}
   * @param fix where to configure the target instead
   * @return the findings, id {@code env.target-inherited}
   */
  public static List<EnvFinding> targetInherited(ResolvedEnv env, String who, String fix) {
    List<EnvFinding> out = new ArrayList<>();
    List<String> names = new ArrayList<>(List.of("GOOS", "GOARCH"));
    GoArch.fromGoName(env.get("GOARCH").orElse(""))
        .flatMap(GoArch::variantVariable)
        .ifPresent(names::add);
    for (String name : names) {
      EnvExplanation ex = env.explain(name);
      if (ex.layer().isEmpty() || !INHERITED.contains(ex.layer().get())) {
        continue;
      }
      String def = defaultValue(env, name);
      if (!ex.value().orElse("").equals(def)) {
        out.add(
            finding(
                EnvFindingId.TARGET_INHERITED,
                Severity.WARNING,
                String.format(
                    "%s=%s reaches %s from %s, not from its own configuration (Go's default is %s). %s",
                    name, ex.value().orElse(""), who, origin(ex), def, fix),
                name));
      }
    }
    return out;
  }

  /**
   * Explains whether cgo-dependent code is dropped because cgo is off for a cross target.
   *
   * @param env the environment (CGO_ENABLED resolved to 0 by Go's cross rule)
   * @param facts the toolchain, whose {@code go list} names the dropped files
   * @param moduleDir the module
   * @param pkg the package pattern
   * @param who the consumer
   * @param fix what to do
   * @return the finding, id {@code env.cgo-off-cross}
   */
  public static EnvFinding cgoOffCross(
      ResolvedEnv env, ToolchainFacts facts, Path moduleDir, String pkg, String who, String fix) {
    return CgoChecks.offCross(env, facts, moduleDir, pkg, who, fix);
  }

  /**
   * Finds CGO_ENABLED=1 for a cross target without a C compiler for it.
   *
   * @param env the environment
   * @param facts the toolchain
   * @param lookup whether a command is on PATH
   * @param who the consumer
   * @return the finding, id {@code env.cgo-cross-no-cc}
   */
  public static Optional<EnvFinding> cgoCrossWithoutCc(
      ResolvedEnv env, ToolchainFacts facts, GoDefaults.CommandLookup lookup, String who) {
    return CgoChecks.crossWithoutCc(env, facts, lookup, who);
  }

  /**
   * Checks GOFLAGS for mis-quoting and for flags the command line overrides.
   *
   * @param env the environment
   * @param commandFlags the flag names the command line sets, e.g. {@code -ldflags}
   * @param where the command line, for messages
   * @return the finding, id {@code env.goflags-conflict}
   */
  public static Optional<EnvFinding> goflags(
      ResolvedEnv env, List<String> commandFlags, String where) {
    return GoFlagsCheck.check(env, commandFlags, where);
  }

  /**
   * Finds a go.mod asking for a newer Go than the local toolchain.
   *
   * @param env the environment (its GOTOOLCHAIN)
   * @param facts the toolchain (its version)
   * @param moduleDir the module
   * @return the finding, id {@code env.gotoolchain-switch}
   */
  public static Optional<EnvFinding> toolchainSwitch(
      ResolvedEnv env, ToolchainFacts facts, Path moduleDir) {
    return ToolchainSwitchCheck.check(env, facts, moduleDir);
  }

  static String defaultValue(ResolvedEnv env, String name) {
    String out = "";
    for (EnvBinding b : env.bindings(name)) {
      if (b.layer() == EnvLayer.GO_DEFAULT) {
        out = b.value();
        break;
      }
    }
    return out;
  }

  static String origin(EnvExplanation ex) {
    return ex.winner().map(EnvBinding::origin).orElse("nowhere");
  }

  private static String origins(ResolvedEnv env, String a, String b) {
    String oa = origin(env.explain(a));
    String ob = origin(env.explain(b));
    return oa.equals(ob) ? "from " + oa : a + " from " + oa + ", " + b + " from " + ob;
  }

  /**
   * Returns the relative GOCACHE Go looked up, if any: the model reports the value Go uses ({@code
   * off}), so the looked-up binding is the highest non-empty one it hides.
   */
  private static Optional<EnvBinding> relativeGocache(ResolvedEnv env) {
    EnvExplanation ex = env.explain("GOCACHE");
    if (!ex.value().orElse("").equals("off") || ex.layer().orElse(null) != EnvLayer.GO_DEFAULT) {
      return Optional.empty();
    }
    for (EnvBinding b : ex.shadowed()) {
      if (b.layer() != EnvLayer.GO_DEFAULT && !b.removes() && !b.value().isEmpty()) {
        return b.value().equals("off") || isAbsolute(b.value()) ? Optional.empty() : Optional.of(b);
      }
    }
    return Optional.empty();
  }

  private static boolean isAbsolute(String path) {
    return path.startsWith("/") || path.startsWith("\\") || path.matches("[A-Za-z]:[\\\\/].*");
  }

  /**
   * Names a variable's value and where it comes from, the way every finding starts.
   *
   * @return e.g. {@code GOFLAGS=-trimpath from process environment}
   */
  static String binding(String name, String value, String origin) {
    return String.format("%s=%s from %s", name, value, origin);
  }

  /**
   * The {@code env.invalid-value} finding about one variable: {@code NAME=VALUE from ORIGIN}, then
   * what is wrong with it.
   */
  private static EnvFinding invalid(
      Severity severity, String name, String value, String origin, String problem, Object... args) {
    return finding(
        INVALID, severity, binding(name, value, origin) + " " + String.format(problem, args), name);
  }

  static EnvFinding finding(EnvFindingId id, Severity severity, String message, String variable) {
    return EnvFinding.of(id, severity, message, variable);
  }
}
