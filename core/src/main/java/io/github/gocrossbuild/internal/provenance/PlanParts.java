package io.github.gocrossbuild.internal.provenance;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.CgoDecision;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.EnvExplanation;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.internal.env.GoVariables;
import io.github.gocrossbuild.internal.jsonc.JsonRender.Rendered;
import io.github.gocrossbuild.internal.plan.TargetPlan;
import io.github.gocrossbuild.spi.Toolchain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The parts of a statement the plan alone decides — the external and internal parameters, the
 * toolchain and the C compiler — rendered as JSON for their place in the statement. A signed build
 * renders them while {@code go build} runs ({@link StatementPrep}), so what is left to do once the
 * bytes exist is the subject, the modules, the run details and the signature.
 *
 * @param external {@code buildDefinition.externalParameters}
 * @param internal {@code buildDefinition.internalParameters}
 * @param toolchain the Go toolchain's entry of {@code resolvedDependencies}
 * @param compiler the C compiler's entry of {@code resolvedDependencies}, for a cgo build
 */
public record PlanParts(
    Rendered external, Rendered internal, Rendered toolchain, Optional<Rendered> compiler) {
  /** One level of the statement's indentation. */
  static final String UNIT = "  ";

  /** Where the parameters start: statement, predicate, buildDefinition, their members. */
  private static final String PARAMETERS = UNIT.repeat(3);

  /** Where a dependency starts: one level inside {@code resolvedDependencies}. */
  private static final String DEPENDENCY = UNIT.repeat(4);

  /**
   * Computed variables that describe where {@code go env} ran rather than the build: a temporary
   * directory in {@code GOGCCFLAGS}, {@code GOMOD} outside the module, telemetry settings.
   */
  private static final List<String> NOT_OF_THE_BUILD =
      List.of("GOGCCFLAGS", "GOMOD", "GOTELEMETRY", "GOTELEMETRYDIR");

  /**
   * Renders the parts of a plan's statement now.
   *
   * @param plan the plan
   * @return the rendered parts
   */
  public static PlanParts of(TargetPlan plan) {
    String builder = BuilderIds.of(plan.host().name());
    return new PlanParts(
        Rendered.of(external(plan), PARAMETERS, UNIT),
        Rendered.of(internal(plan), PARAMETERS, UNIT),
        Rendered.of(toolchain(plan.toolchain(), builder), DEPENDENCY, UNIT),
        cCompiler(plan.cgo(), builder).map(cc -> Rendered.of(cc, DEPENDENCY, UNIT)));
  }

  /**
   * Returns a plan's parts rendered on first use: most builds never render a statement ({@link
   * StatementPrep} renders them ahead for a signed build).
   *
   * @param plan the plan
   * @return the parts, the same object on every call
   */
  static Supplier<PlanParts> lazy(TargetPlan plan) {
    return new Supplier<>() {
      private PlanParts parts;

      @Override
      public synchronized PlanParts get() {
        if (parts == null) {
          parts = of(plan);
        }
        return parts;
      }
    };
  }

  private static Map<String, Object> external(TargetPlan plan) {
    BuildSpec spec = plan.spec();
    Target t = plan.target();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("target", t.platform());
    out.put("goos", t.goos().goName());
    out.put("goarch", t.goarch().goName());
    t.variant().ifPresent(v -> out.put("variant", v));
    out.put("package", spec.pkg());
    out.put("moduleDir", spec.moduleDir().toString());
    out.put("flags", plan.flags());
    out.put("tags", spec.tags());
    out.put("ldflags", spec.ldflags());
    out.put("cgo", plan.cgo().enabled());
    spec.goVersion().ifPresent(v -> out.put("goVersion", v));
    Map<String, Object> env = new LinkedHashMap<>();
    new TreeSet<>(spec.env().keySet())
        .forEach(name -> env.put(name, Credentials.shown(name, spec.env().get(name))));
    out.put("env", env);
    return out;
  }

  private static Map<String, Object> internal(TargetPlan plan) {
    ResolvedEnv env = plan.environment();
    TreeSet<String> names = new TreeSet<>(GoVariables.DOCUMENTED);
    names.removeAll(NOT_OF_THE_BUILD);
    names.removeAll(GoVariables.VARIANTS);
    plan.target().goarch().variantVariable().ifPresent(names::add);
    names.addAll(plan.spec().env().keySet());
    Map<String, Object> vars = new LinkedHashMap<>();
    List<String> redacted = new ArrayList<>();
    for (String name : names) {
      EnvExplanation e = env.explain(name);
      boolean emptyDefault =
          e.value().map(String::isEmpty).orElse(true)
              && e.layer().map(l -> l == EnvLayer.GO_DEFAULT).orElse(true);
      if (e.value().isEmpty() || emptyDefault && !plan.spec().env().containsKey(name)) {
        continue;
      }
      String shown = Credentials.shown(name, e.value().get());
      if (!shown.equals(e.value().get())) {
        redacted.add(name);
      }
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("value", shown);
      e.layer().ifPresent(l -> v.put("layer", l.name()));
      e.winner().ifPresent(w -> v.put("setBy", w.origin()));
      vars.put(name, v);
    }
    CgoDecision cgo = plan.cgo();
    Map<String, Object> cgoOut = new LinkedHashMap<>();
    cgoOut.put("enabled", cgo.enabled());
    cgoOut.put("layer", cgo.layer().name());
    cgoOut.put("reason", cgo.reason());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("command", plan.argv());
    out.put("environment", vars);
    out.put("cgo", cgoOut);
    out.put("redacted", redacted);
    out.put("redaction", Credentials.RULE);
    return out;
  }

  /**
   * Describes the toolchain: by the archive it was installed from, with the SHA-256 it was verified
   * against, or else by the {@code go} command on the builder.
   */
  static Map<String, Object> toolchain(Toolchain tc, String builder) {
    Map<String, Object> go = new LinkedHashMap<>();
    go.put("name", "go");
    go.put("uri", tc.downloadUrl().orElse(BuilderIds.onHost(builder, tc.goCommand())));
    tc.archiveSha256().ifPresent(sha -> go.put("digest", Map.of("sha256", sha)));
    Map<String, Object> notes = new LinkedHashMap<>();
    notes.put("version", tc.goVersion());
    notes.put("goCommand", tc.goCommand());
    notes.put("foundBy", tc.foundBy());
    go.put("annotations", notes);
    return go;
  }

  private static Optional<Map<String, Object>> cCompiler(CgoDecision cgo, String builder) {
    if (!cgo.enabled() || cgo.compiler().isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> cc = new LinkedHashMap<>();
    cc.put("name", "cc");
    cc.put("uri", BuilderIds.onHost(builder, cgo.compiler().get()));
    Map<String, Object> notes = new LinkedHashMap<>();
    notes.put("command", cgo.compiler().get());
    cgo.cxx().ifPresent(cxx -> notes.put("cxx", cxx));
    cc.put("annotations", notes);
    return Optional.of(cc);
  }
}
