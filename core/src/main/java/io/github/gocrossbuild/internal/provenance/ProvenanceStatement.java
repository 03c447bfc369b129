package io.github.gocrossbuild.internal.provenance;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.CgoDecision;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.binary.GoBuildInfo;
import io.github.gocrossbuild.binary.GoModule;
import io.github.gocrossbuild.env.EnvExplanation;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.internal.env.GoVariables;
import io.github.gocrossbuild.internal.jsonc.JsonRender;
import io.github.gocrossbuild.internal.plan.TargetPlan;
import io.github.gocrossbuild.spi.Toolchain;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Writes the in-toto Statement v1 with an SLSA provenance v1 predicate for one built artifact, from
 * its {@link BuildFacts}. Every parameter is documented in {@code docs/provenance.md}.
 */
public final class ProvenanceStatement {
  /** The statement type of in-toto v1. */
  public static final String STATEMENT_TYPE = "https://in-toto.io/Statement/v1";

  /** The predicate type of SLSA provenance v1. */
  public static final String PREDICATE_TYPE = "https://slsa.dev/provenance/v1";

  /** This project's build type: what the parameters mean is documented under this URI. */
  public static final String BUILD_TYPE = "https://gocrossbuild.github.io/buildtypes/go-build/v1";

  /**
   * Computed variables that describe where {@code go env} ran rather than the build: a temporary
   * directory in {@code GOGCCFLAGS}, {@code GOMOD} outside the module, telemetry settings.
   */
  private static final List<String> NOT_OF_THE_BUILD =
      List.of("GOGCCFLAGS", "GOMOD", "GOTELEMETRY", "GOTELEMETRYDIR");

  private ProvenanceStatement() {}

  /**
   * Writes the statement.
   *
   * @param facts what was built, from what, where
   * @return the statement as indented JSON
   */
  public static String json(BuildFacts facts) {
    TargetPlan plan = facts.plan();
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("name", plan.artifact().getFileName().toString());
    subject.put("digest", Map.of("sha256", facts.sha256()));
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("buildType", BUILD_TYPE);
    definition.put("externalParameters", external(plan));
    definition.put("internalParameters", internal(plan));
    definition.put("resolvedDependencies", dependencies(facts));
    Map<String, Object> predicate = new LinkedHashMap<>();
    predicate.put("buildDefinition", definition);
    predicate.put("runDetails", runDetails(facts));
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("_type", STATEMENT_TYPE);
    statement.put("subject", List.of(subject));
    statement.put("predicateType", PREDICATE_TYPE);
    statement.put("predicate", predicate);
    return JsonRender.render(statement, "", "  ");
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

  private static List<Object> dependencies(BuildFacts facts) {
    TargetPlan plan = facts.plan();
    String builder = BuilderIds.of(plan.host().name());
    List<Object> out = new ArrayList<>();
    out.add(toolchain(plan.toolchain(), builder));
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("name", "source");
    source.put("uri", BuilderIds.onHost(BuilderIds.LOCAL_ID, plan.moduleDir().toString()));
    source.put("digest", Map.of("dirHash", facts.source().dirHash()));
    Map<String, Object> sourceNotes = new LinkedHashMap<>();
    sourceNotes.put("files", facts.source().files());
    facts
        .binary()
        .buildInfo()
        .flatMap(GoBuildInfo::main)
        .ifPresent(m -> sourceNotes.put("module", m.path()));
    source.put("annotations", sourceNotes);
    out.add(source);
    facts.binary().buildInfo().map(GoBuildInfo::deps).orElse(List.of()).stream()
        .map(ProvenanceStatement::module)
        .forEach(out::add);
    cCompiler(plan.cgo(), builder).ifPresent(out::add);
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

  private static Map<String, Object> module(GoModule declared) {
    GoModule m = declared.replace().orElse(declared);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", declared.path());
    out.put("uri", "pkg:golang/" + m.path() + (m.version().isEmpty() ? "" : "@" + m.version()));
    Map<String, Object> notes = new LinkedHashMap<>();
    if (m.sum().startsWith("h1:")) {
      try {
        byte[] h1 = Base64.getDecoder().decode(m.sum().substring(3));
        out.put("digest", Map.of("goModuleH1", HexFormat.of().formatHex(h1)));
      } catch (IllegalArgumentException e) {
        // a sum that is not base64 stays an annotation only
      }
      notes.put("goSum", m.sum());
    }
    declared.replace().ifPresent(r -> notes.put("replacedBy", r.toString()));
    if (!notes.isEmpty()) {
      out.put("annotations", notes);
    }
    return out;
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

  private static Map<String, Object> runDetails(BuildFacts facts) {
    TargetPlan plan = facts.plan();
    GoBinary b = facts.binary();
    Map<String, Object> builder = new LinkedHashMap<>();
    builder.put("id", BuilderIds.of(plan.host().name()));
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("startedOn", facts.startedOn().toString());
    metadata.put("finishedOn", facts.finishedOn().toString());
    Map<String, Object> proof = new LinkedHashMap<>();
    proof.put("verified", plan.spec().verify());
    proof.put("format", b.format().name());
    b.target().ifPresent(t -> proof.put("target", t.platform()));
    proof.put("staticallyLinked", b.isStaticallyLinked());
    b.interpreter().ifPresent(i -> proof.put("interpreter", i));
    proof.put("stripped", b.isStripped());
    b.goVersion().ifPresent(v -> proof.put("goVersion", v));
    b.requiredGlibc().ifPresent(v -> proof.put("requiredGlibc", v));
    proof.put("warnings", facts.warnings().stream().map(w -> w.id()).toList());
    Map<String, Object> byproduct = new LinkedHashMap<>();
    byproduct.put("name", "proof");
    byproduct.put("mediaType", "text/plain; charset=utf-8");
    byproduct.put(
        "content",
        Base64.getEncoder().encodeToString(b.describe().getBytes(StandardCharsets.UTF_8)));
    byproduct.put("annotations", proof);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("builder", builder);
    out.put("metadata", metadata);
    out.put("byproducts", List.of(byproduct));
    return out;
  }
}
