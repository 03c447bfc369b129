package io.github.gocrossbuild.schema.internal.jsonschema;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The keywords that apply other schemas to the same value: {@code $ref}, {@code allOf}, {@code
 * anyOf}, {@code oneOf}, {@code not} and {@code if}/{@code then}/{@code else}.
 */
final class Combinators {
  private Combinators() {}

  /** {@code $ref}: the referenced schema, compiled once even when referenced many times. */
  static final class Ref implements Check {
    private final CompiledSchema target;

    Ref(CompiledSchema target) {
      this.target = target;
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      target.evaluate(instance, at, out);
    }
  }

  /** {@code allOf}: every sub-schema's violations are the value's violations. */
  static final class AllOf implements Check {
    private final CompiledSchema[] all;

    AllOf(CompiledSchema[] all) {
      this.all = all.clone();
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      for (CompiledSchema schema : all) {
        schema.evaluate(instance, at, out);
      }
    }
  }

  /**
   * {@code anyOf} (at least one alternative matches) or {@code oneOf} (exactly one does). A failure
   * carries every alternative's violations.
   */
  static final class Alternatives implements Check {
    private final JsonNode schema;
    private final boolean exactlyOne;
    private final CompiledSchema[] branches;

    Alternatives(JsonNode schema, boolean exactlyOne, CompiledSchema[] branches) {
      this.schema = schema;
      this.exactlyOne = exactlyOne;
      this.branches = branches.clone();
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      List<List<Violation>> results = new ArrayList<>(branches.length);
      int matched = 0;
      for (CompiledSchema branch : branches) {
        List<Violation> found = new ArrayList<>(0);
        branch.evaluate(instance, at, found);
        results.add(found);
        if (found.isEmpty()) {
          matched++;
          if (!exactlyOne) {
            return;
          }
        }
      }
      if (exactlyOne && matched == 1) {
        return;
      }
      String keyword = exactlyOne ? "oneOf" : "anyOf";
      String message =
          matched == 0
              ? "it must match "
                  + (exactlyOne ? "exactly" : "at least")
                  + " one of the "
                  + branches.length
                  + " alternatives, and matches none"
              : "it must match exactly one of the alternatives, but matches " + matched;
      out.add(new Violation(keyword, at, instance, schema, null, message, List.copyOf(results)));
    }
  }

  /** {@code not}. */
  static final class Not implements Check {
    private final JsonNode schema;
    private final CompiledSchema excluded;

    Not(JsonNode schema, CompiledSchema excluded) {
      this.schema = schema;
      this.excluded = excluded;
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      if (excluded.accepts(instance, at)) {
        out.add(
            Violation.of(
                "not", at, instance, schema, "it must not match the schema under \"not\""));
      }
    }
  }

  /** {@code if}/{@code then}/{@code else}; a missing branch allows anything. */
  static final class Conditional implements Check {
    private final CompiledSchema condition;
    private final CompiledSchema then;
    private final CompiledSchema otherwise;

    Conditional(CompiledSchema condition, CompiledSchema then, CompiledSchema otherwise) {
      this.condition = condition;
      this.then = then;
      this.otherwise = otherwise;
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      CompiledSchema branch = condition.accepts(instance, at) ? then : otherwise;
      if (branch != null) {
        branch.evaluate(instance, at, out);
      }
    }
  }
}
