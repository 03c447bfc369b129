package io.github.gocrossbuild.internal.plan;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.CgoDecision;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.EnvBinding;
import io.github.gocrossbuild.env.EnvConsumer;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.env.ToolchainFacts;
import io.github.gocrossbuild.internal.env.ConsumerRun;
import io.github.gocrossbuild.internal.env.EnvFindings;
import io.github.gocrossbuild.internal.env.GoEnvResolver;
import io.github.gocrossbuild.internal.env.TargetBindings;
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
   * @param flags the build's {@code go build} flags, as planned
   * @return the environment with provenance
   */
  public static ResolvedEnv resolve(
      BuildSpec spec,
      Target target,
      Toolchain toolchain,
      HostEnvironment host,
      CgoDecision cgo,
      List<String> flags) {
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
    b.addAll(TargetBindings.of(target));
    if (cgo.layer() == EnvLayer.BUILDER_CGO) {
      b.add(EnvBinding.of("CGO_ENABLED", cgo.value(), EnvLayer.BUILDER_CGO, cgo.reason()));
    }
    compilerVariables(spec, cgo)
        .forEach(
            (name, value) ->
                b.add(EnvBinding.of(name, value, EnvLayer.BUILDER_CGO, "cgo(): " + cgo.reason())));
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
    return env.withFindings(EnvFindings.of(env, consumer(spec, target, facts, flags)));
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
    TargetBindings.variables(target).forEach((k, v) -> out.put(k, v.orElse(null)));
    if (cgo.layer() == EnvLayer.BUILDER_CGO) {
      out.put("CGO_ENABLED", cgo.value());
    }
    cgo.compiler().ifPresent(cc -> out.put("CC", cc));
    cgo.cxx().ifPresent(cxx -> out.put("CXX", cxx));
    return out;
  }

  /**
   * Returns every variable the library's own layers decide, as a task would set them: the target
   * and cgo variables first, then the {@code env(...)} layer's; a removal becomes an empty value,
   * which Go reads as unset.
   *
   * @param env the resolved build environment
   * @param target the target
   * @param cgo the cgo decision
   * @return name to value, in a stable order
   */
  public static Map<String, String> set(ResolvedEnv env, Target target, CgoDecision cgo) {
    Map<String, String> out = new LinkedHashMap<>();
    librarySet(target, cgo).forEach((k, v) -> out.put(k, v == null ? "" : v));
    for (String name : env.names()) {
      List<EnvBinding> stack = env.bindings(name);
      for (int i = stack.size() - 1; i >= 0 && !out.containsKey(name); i--) {
        EnvBinding b = stack.get(i);
        if (b.layer() == EnvLayer.BUILDER_ENV) {
          out.put(name, b.removes() ? "" : b.value());
        } else if (!b.layer().isReadByGo()) {
          break;
        }
      }
    }
    return out;
  }

  /** CC and CXX of the chosen compiler, unless env(...) already holds that very value. */
  private static Map<String, String> compilerVariables(BuildSpec spec, CgoDecision cgo) {
    Map<String, String> out = new LinkedHashMap<>();
    cgo.compiler().ifPresent(cc -> out.put("CC", cc));
    cgo.cxx().ifPresent(cxx -> out.put("CXX", cxx));
    out.entrySet().removeIf(e -> e.getValue().equals(spec.env().get(e.getKey())));
    return out;
  }

  /**
   * Describes the library build to the findings: go runs in the module on the spec's package with
   * the planned flags (their names: GOFLAGS entries they override are reported), on a host whose
   * PATH this JVM may not see (a C compiler counts as present).
   */
  private static ConsumerRun consumer(
      BuildSpec spec, Target target, ToolchainFacts facts, List<String> flags) {
    List<String> names = flags.stream().map(f -> f.split("=", 2)[0]).toList();
    return new ConsumerRun(
        EnvConsumer.LIBRARY_BUILD,
        target.toString(),
        facts,
        spec.moduleDir(),
        spec.pkg(),
        names,
        (cmd, vars) -> true);
  }
}
