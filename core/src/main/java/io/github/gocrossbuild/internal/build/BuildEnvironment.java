package io.github.gocrossbuild.internal.build;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.CgoDecision;
import io.github.gocrossbuild.HostEnvironment;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.Toolchain;
import io.github.gocrossbuild.env.EnvBinding;
import io.github.gocrossbuild.env.EnvConsumer;
import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The environment of the library's own build, layer by layer: Go's defaults, {@code go.env}, the
 * user's go env file, the host's process environment, {@code env(...)}, then the target and cgo
 * variables, which always win.
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
    Map<String, String> process = host.variables();
    String origin = "Go's built-in default (" + toolchain.goVersion() + ")";
    toolchain.hostTarget().ifPresent(h -> {
      b.add(EnvBinding.of("GOOS", h.goos().goName(), EnvLayer.GO_DEFAULT, origin));
      b.add(EnvBinding.of("GOARCH", h.goarch().goName(), EnvLayer.GO_DEFAULT, origin));
    });
    if (cgo.layer() == EnvLayer.GO_DEFAULT) {
      b.add(EnvBinding.of("CGO_ENABLED", cgo.value(), EnvLayer.GO_DEFAULT, "Go's cgo rule: "
          + cgo.reason()));
    }
    toolchain.goEnv().forEach((name, value) -> {
      if (!name.equals("GOOS") && !name.equals("GOARCH") && !name.equals("CGO_ENABLED")
          && process.getOrDefault(name, "").isEmpty()
          && !host.userEnvFileValues().containsKey(name)
          && !host.goRootEnvValues().containsKey(name)) {
        b.add(EnvBinding.of(name, value, EnvLayer.GO_DEFAULT, origin));
      }
    });
    host.goRootEnvValues().forEach((name, value) ->
        b.add(EnvBinding.of(name, value, EnvLayer.GOROOT_ENV_FILE,
            toolchain.goRoot().map(r -> r + "/go.env").orElse("$GOROOT/go.env"))));
    String userFile = host.userEnvFile().orElse("go env file");
    host.userEnvFileValues().forEach((name, value) ->
        b.add(EnvBinding.of(name, value, EnvLayer.USER_ENV_FILE, userFile)));
    process.forEach((name, value) ->
        b.add(EnvBinding.of(name, value, EnvLayer.PROCESS, "process environment")));
    spec.env().forEach((name, value) ->
        b.add(EnvBinding.of(name, value, EnvLayer.BUILDER_ENV, "env(\"" + name + "\", ...)")));
    for (Map.Entry<String, Optional<String>> e : targetVariables(target).entrySet()) {
      String from = "target " + target;
      b.add(e.getValue().isPresent()
          ? EnvBinding.of(e.getKey(), e.getValue().get(), EnvLayer.BUILDER_TARGET, from)
          : EnvBinding.removal(e.getKey(), EnvLayer.BUILDER_TARGET,
              from + " (no variant: Go's default applies)"));
    }
    if (cgo.layer() == EnvLayer.BUILDER_CGO) {
      b.add(EnvBinding.of("CGO_ENABLED", cgo.value(), EnvLayer.BUILDER_CGO, cgo.reason()));
    }
    return ResolvedEnv.of(EnvConsumer.LIBRARY_BUILD, b, findings(target, cgo));
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

  private static List<EnvFinding> findings(Target target, CgoDecision cgo) {
    List<EnvFinding> out = new ArrayList<>();
    if (cgo.layer() == EnvLayer.GO_DEFAULT && !cgo.enabled()
        && cgo.reason().contains("cross-compiling")) {
      out.add(EnvFinding.of("env.cgo-off-cross", EnvFinding.Severity.INFO,
          "cgo is off for " + target + " because the build cross-compiles and neither cgo() nor"
              + " noCgo() was called; packages with cgo files fall back to pure Go or fail."));
    }
    return out;
  }
}
