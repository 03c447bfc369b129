package io.github.gocrossbuild.schema.internal;

import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns networknt validation errors into {@link SchemaFinding}s worded as a fix, and collapses
 * the noise of {@code oneOf}/{@code anyOf}: when only one alternative has the right type, its
 * errors are reported instead of "matches none of the alternatives".
 */
public final class SchemaFindings {
  private final SchemaCatalog catalog;

  /**
   * Creates the translator.
   *
   * @param catalog the schemas, to look up allowed property names and pattern descriptions
   */
  public SchemaFindings(SchemaCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Translates errors.
   *
   * @param errors the errors of one validation
   * @return the findings, one per meaningful problem
   */
  public List<SchemaFinding> translate(List<Error> errors) {
    List<SchemaFinding> out = new ArrayList<>();
    process(errors, out);
    return out;
  }

  private void process(List<Error> errors, List<SchemaFinding> out) {
    Set<Error> nestedAnywhere = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Error e : errors) {
      if (isAlternatives(e)) {
        nestedAnywhere.addAll(nested(e, errors));
      }
    }
    for (Error e : errors) {
      if (nestedAnywhere.contains(e)) {
        continue;
      }
      if (isAlternatives(e)) {
        alternatives(e, nested(e, errors), out);
      } else {
        out.add(SchemaMessages.finding(e, catalog));
      }
    }
  }

  private void alternatives(Error e, List<Error> nested, List<SchemaFinding> out) {
    String prefix = e.getEvaluationPath().toString() + "/";
    Map<String, List<Error>> byBranch = new LinkedHashMap<>();
    for (Error n : nested) {
      String rest = n.getEvaluationPath().toString().substring(prefix.length());
      String branch = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
      byBranch.computeIfAbsent(branch, k -> new ArrayList<>()).add(n);
    }
    List<List<Error>> fitting = new ArrayList<>();
    JsonNode branches = e.getSchemaNode();
    for (int i = 0; branches != null && i < branches.size(); i++) {
      List<Error> branchErrors = byBranch.getOrDefault(String.valueOf(i), List.of());
      boolean wrongShape = branchErrors.stream().anyMatch(n -> isShapeMismatch(n, e));
      if (!wrongShape) {
        fitting.add(branchErrors);
      }
    }
    if (fitting.size() == 1 && !fitting.get(0).isEmpty()) {
      process(fitting.get(0), out);
      return;
    }
    out.add(SchemaMessages.noAlternative(e, allowedTypes(branches)));
  }

  private static boolean isShapeMismatch(Error n, Error parent) {
    String keyword = n.getKeyword();
    boolean sameNode =
        n.getInstanceLocation().toString().equals(parent.getInstanceLocation().toString());
    return sameNode
        && ("type".equals(keyword) || "const".equals(keyword) || "enum".equals(keyword)
            || "false".equals(keyword));
  }

  private static List<Error> nested(Error e, List<Error> all) {
    String prefix = e.getEvaluationPath().toString() + "/";
    List<Error> nested = new ArrayList<>();
    for (Error n : all) {
      if (n != e && n.getEvaluationPath().toString().startsWith(prefix)) {
        nested.add(n);
      }
    }
    return nested;
  }

  private static boolean isAlternatives(Error e) {
    return "oneOf".equals(e.getKeyword()) || "anyOf".equals(e.getKeyword());
  }

  private static String allowedTypes(JsonNode branches) {
    Set<String> types = new LinkedHashSet<>();
    if (branches != null) {
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
    }
    return SchemaMessages.joinAlternatives(new ArrayList<>(types));
  }
}
