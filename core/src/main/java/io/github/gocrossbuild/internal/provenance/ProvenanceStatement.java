package io.github.gocrossbuild.internal.provenance;

import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.binary.GoBuildInfo;
import io.github.gocrossbuild.binary.GoModule;
import io.github.gocrossbuild.internal.jsonc.JsonRender;
import io.github.gocrossbuild.internal.plan.TargetPlan;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    PlanParts parts = facts.parts().get();
    definition.put("externalParameters", parts.external());
    definition.put("internalParameters", parts.internal());
    definition.put("resolvedDependencies", dependencies(facts, parts));
    Map<String, Object> predicate = new LinkedHashMap<>();
    predicate.put("buildDefinition", definition);
    predicate.put("runDetails", runDetails(facts));
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("_type", STATEMENT_TYPE);
    statement.put("subject", List.of(subject));
    statement.put("predicateType", PREDICATE_TYPE);
    statement.put("predicate", predicate);
    return JsonRender.render(statement, "", PlanParts.UNIT);
  }

  private static List<Object> dependencies(BuildFacts facts, PlanParts parts) {
    TargetPlan plan = facts.plan();
    List<Object> out = new ArrayList<>();
    out.add(parts.toolchain());
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
    parts.compiler().ifPresent(out::add);
    return out;
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
