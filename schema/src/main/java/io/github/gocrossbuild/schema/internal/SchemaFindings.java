package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.schema.internal.jsonschema.Violation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns schema violations into {@link SchemaFinding}s worded as a fix, and collapses the noise of
 * {@code oneOf}/{@code anyOf}: when only one alternative has the right shape, its violations are
 * reported instead of "matches none of the alternatives".
 */
public final class SchemaFindings {

  /** Creates the translator. */
  public SchemaFindings() {}

  /**
   * Translates violations.
   *
   * @param violations the violations of one validation
   * @return the findings, one per meaningful problem
   */
  public List<SchemaFinding> translate(List<Violation> violations) {
    List<SchemaFinding> out = new ArrayList<>();
    process(violations, out);
    return out;
  }

  private void process(List<Violation> violations, List<SchemaFinding> out) {
    for (Violation v : violations) {
      if (v.alternatives().isEmpty()) {
        out.add(SchemaMessages.finding(v));
      } else {
        alternatives(v, out);
      }
    }
  }

  private void alternatives(Violation v, List<SchemaFinding> out) {
    List<List<Violation>> fitting = new ArrayList<>();
    for (List<Violation> branch : v.alternatives()) {
      if (branch.stream().noneMatch(n -> isShapeMismatch(n, v))) {
        fitting.add(branch);
      }
    }
    if (fitting.size() == 1 && !fitting.get(0).isEmpty()) {
      process(fitting.get(0), out);
      return;
    }
    out.add(SchemaMessages.noAlternative(v, allowedTypes(v.keywordValue())));
  }

  /** A violation that says the value has the wrong kind altogether for this alternative. */
  private static boolean isShapeMismatch(Violation n, Violation parent) {
    String keyword = n.keyword();
    return n.pointer().equals(parent.pointer())
        && ("type".equals(keyword)
            || "const".equals(keyword)
            || "enum".equals(keyword)
            || "false".equals(keyword));
  }

  private static String allowedTypes(JsonNode branches) {
    Set<String> types = new LinkedHashSet<>();
    for (JsonNode branch : branches) {
      JsonNode type = branch.path("type");
      if (type.isString()) {
        types.add(type.stringValue());
      } else if (type.isArray()) {
        type.forEach(t -> types.add(t.stringValue()));
      } else if (branch.has("const")) {
        types.add(branch.get("const").toString());
      }
    }
    return SchemaMessages.joinAlternatives(new ArrayList<>(types));
  }
}
