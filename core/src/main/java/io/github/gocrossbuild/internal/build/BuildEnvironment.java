package io.github.gocrossbuild.internal.build;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.CgoDecision;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.EnvBinding;
import io.github.gocrossbuild.env.EnvConsumer;
import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.env.ToolchainFacts;
import io.github.gocrossbuild.internal.env.EnvChecks;
import io.github.gocrossbuild.internal.env.GoEnvResolver;
import io.github.gocrossbuild.internal.env.ToolchainProbe;
import io.github.gocrossbuild.spi.HostEnvironment;
import io.github.gocrossbuild.spi.Toolchain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The environment of the library's own build (the {@code LIBRARY_BUILD} consumer), layer by layer:
 * the host's process environment, {@code env(...)}, then the target and cgo variables, which always
 * win; below them what go reads itself (the user's go env file, {@code go.env}, Go's defaults). A
 * target without a variant removes the variant variable from the process, so the go env file's
 * value (if any) applies, exactly as it would for {@code go build}.
 */
public final class BuildEnvironment {

  private BuildEnvironment() {}

  /**
   * Resolves the build environment of one target.
   *
   * @param spec the spec
   * @param target the target
   * @param toolchain the toolchain
   * @param host the host's environment
   * @param cgo the cgo decision
   * @return the environment with provenance
   */
  public static ResolvedEnv resolve(
      BuildSpec spec, Target target, Toolchain toolchain, HostEnvironment host, CgoDecision cgo) {
    List<EnvBinding> b = new ArrayList<>();
    host.variables()
        .forEach(
            (name, value) ->
                b.add(EnvBinding.of(name, value, EnvLayer.PROCESS, "process environment")));
    spec.env()
        .forEach(
            (name, value) ->
                b.add(
                    EnvBinding.of(
                        name, value, EnvLayer.BUILDER_ENV, "env(\"" + name + "\", ...)")));
    b.addAll(ToolchainChoice.bindings(spec, toolchain, host));
    for (Map.Entry<String, Optional<String>> e : targetVariables(target).entrySet()) {
      String from = "target " + target;
      b.add(
          e.getValue().isPresent()
              ? EnvBinding.of(e.getKey(), e.getValue().get(), EnvLayer.BUILDER_TARGET, from)
              : EnvBinding.removal(
                  e.getKey(),
                  EnvLayer.BUILDER_TARGET,
                  from + " (no variant: the go env file or Go's default applies)"));
    }
    if (cgo.layer() == EnvLayer.BUILDER_CGO) {
      b.add(EnvBinding.of("CGO_ENABLED", cgo.value(), EnvLayer.BUILDER_CGO, cgo.reason()));
    }
    ToolchainFacts facts = ToolchainFacts.of(toolchain);
    if (Files.isExecutable(Path.of(toolchain.goCommand()))) {
      // A local toolchain can say which variant defaults it was built with (GO386 differs).
      facts =
          ToolchainFacts.builder()
              .from(facts)
              .putAllVariantDefaults(
                  ToolchainProbe.variantDefaults(toolchain.goCommand(), host.variables()))
              .build();
    }
    String goEnvFile = toolchain.goRoot().map(r -> r + "/go.env").orElse("$GOROOT/go.env");
    GoEnvResolver.GoFiles files =
        new GoEnvResolver.GoFiles(
            host.userEnvFile(), host.userEnvFileValues(), goEnvFile, host.goRootEnvValues());
    // The toolchain may run on another machine: its own go env tells whether a C compiler is
    // there, which this JVM's file system cannot.
    boolean hostHasCc = "1".equals(toolchain.goEnv().get("CGO_ENABLED"));
    Optional<EnvBinding> cgoDefault =
        cgo.layer() == EnvLayer.GO_DEFAULT
            ? Optional.of(
                EnvBinding.of(
                    "CGO_ENABLED",
                    cgo.value(),
                    EnvLayer.GO_DEFAULT,
                    "Go's cgo rule: " + cgo.reason()))
            : Optional.empty();
    ResolvedEnv env =
        GoEnvResolver.resolve(
            EnvConsumer.LIBRARY_BUILD,
            b,
            facts,
            Optional.of(files),
            (cmd, vars) -> hostHasCc,
            cgoDefault);
    return env.withFindings(findings(spec, target, cgo, env, facts));
  }

  /**
   * Returns the variables the builder sets for a target (empty value: removed).
   *
   * @param target the target
   * @return GOOS, GOARCH and the variant variable
   */
  static Map<String, Optional<String>> targetVariables(Target target) {
    Map<String, Optional<String>> vars = new LinkedHashMap<>();
    vars.put("GOOS", Optional.of(target.goos().goName()));
    vars.put("GOARCH", Optional.of(target.goarch().goName()));
    target.variantVariable().ifPresent(name -> vars.put(name, target.variant()));
    return vars;
  }

  /**
   * Returns what the library itself set or removed, for events and exceptions.
   *
   * @param target the target
   * @param cgo the cgo decision
   * @return name to value; a removal maps to {@code null}
   */
  public static Map<String, String> librarySet(Target target, CgoDecision cgo) {
    Map<String, String> out = new LinkedHashMap<>();
    targetVariables(target).forEach((k, v) -> out.put(k, v.orElse(null)));
    if (cgo.layer() == EnvLayer.BUILDER_CGO) {
      out.put("CGO_ENABLED", cgo.value());
    }
    return out;
  }

  private static List<EnvFinding> findings(
      BuildSpec spec, Target target, CgoDecision cgo, ResolvedEnv env, ToolchainFacts facts) {
    List<EnvFinding> out = new ArrayList<>();
    // Only a cross build whose cgo nobody decided asks `go list` (once per module, package,
    // target and go.mod version); cgo() and noCgo() skip it entirely.
    boolean cross =
        facts.hostTarget().goos() != target.goos()
            || facts.hostTarget().goarch() != target.goarch();
    if (cross && cgo.layer() == EnvLayer.GO_DEFAULT && !cgo.enabled()) {
      out.add(
          EnvChecks.cgoOffCross(
              env,
              facts,
              spec.moduleDir(),
              spec.pkg(),
              "the library build of " + target,
              "call cgo() with a C cross compiler in"
                  + " env(\"CC\", ...), or noCgo() to say that pure Go is meant"));
    }
    EnvChecks.cgoCrossWithoutCc(env, facts, (cmd, vars) -> true, "the library build of " + target)
        .ifPresent(out::add);
    out.addAll(EnvChecks.invalidValues(env, "the library build"));
    out.addAll(EnvChecks.goEnvShadowed(env));
    List<String> flags = new ArrayList<>();
    if (spec.trimpath()) {
      flags.add("-trimpath");
    }
    if (spec.buildvcs().isPresent()) {
      flags.add("-buildvcs");
    }
    if (spec.strip() || !spec.ldflags().isEmpty()) {
      flags.add("-ldflags");
    }
    if (!spec.tags().isEmpty()) {
      flags.add("-tags");
    }
    EnvChecks.goflags(env, flags, "the library build's command line").ifPresent(out::add);
    EnvChecks.toolchainSwitch(env, facts, spec.moduleDir()).ifPresent(out::add);
    return out;
  }
}
