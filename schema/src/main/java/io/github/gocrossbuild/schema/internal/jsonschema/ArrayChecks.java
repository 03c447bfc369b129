package io.github.gocrossbuild.schema.internal.jsonschema;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The array keywords: {@code items} (one schema for all, or a tuple with {@code additionalItems}),
 * {@code uniqueItems} and {@code contains}; the counts are a {@link SizeLimit}.
 */
final class ArrayChecks {
  private ArrayChecks() {}

  /** {@code items} with one schema for every element. */
  static final class Items implements Check {
    private final CompiledSchema each;

    Items(CompiledSchema each) {
      this.each = each;
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      if (instance.isArray()) {
        for (int i = 0; i < instance.size(); i++) {
          each.evaluate(instance.get(i), at.child(i), out);
        }
      }
    }
  }

  /**
   * {@code items} as a tuple: one schema per position; {@code additionalItems} covers the rest
   * (null allows anything, {@code false} nothing).
   */
  static final class Tuple implements Check {
    private final JsonNode schema;
    private final CompiledSchema[] positions;
    private final CompiledSchema rest;
    private final boolean restForbidden;

    Tuple(JsonNode schema, CompiledSchema[] positions, CompiledSchema rest) {
      this.schema = schema;
      this.positions = positions.clone();
      this.restForbidden =
          schema.path("additionalItems").isBoolean()
              && !schema.path("additionalItems").booleanValue();
      this.rest = restForbidden ? null : rest;
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      if (!instance.isArray()) {
        return;
      }
      for (int i = 0; i < instance.size(); i++) {
        if (i < positions.length) {
          positions[i].evaluate(instance.get(i), at.child(i), out);
        } else if (restForbidden) {
          out.add(
              Violation.of(
                  "additionalItems",
                  at.child(i),
                  instance.get(i),
                  schema,
                  "the array may have at most " + positions.length + " items"));
        } else if (rest != null) {
          rest.evaluate(instance.get(i), at.child(i), out);
        }
      }
    }
  }

  /** {@code uniqueItems: true}; reports the first repeated element. */
  static final class Unique implements Check {
    private final JsonNode schema;

    Unique(JsonNode schema) {
      this.schema = schema;
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      if (!instance.isArray()) {
        return;
      }
      // Configuration arrays are short, so the quadratic scan beats hashing by value.
      for (int i = 1; i < instance.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (JsonValues.equal(instance.get(i), instance.get(j))) {
            out.add(
                Violation.of(
                    "uniqueItems",
                    at.child(i),
                    instance.get(i),
                    schema,
                    "it repeats item " + j + "; each item may appear once"));
            return;
          }
        }
      }
    }
  }

  /** {@code contains}: at least one element matches. */
  static final class Contains implements Check {
    private final JsonNode schema;
    private final CompiledSchema wanted;

    Contains(JsonNode schema, CompiledSchema wanted) {
      this.schema = schema;
      this.wanted = wanted;
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      if (!instance.isArray()) {
        return;
      }
      for (int i = 0; i < instance.size(); i++) {
        if (wanted.accepts(instance.get(i), at.child(i))) {
          return;
        }
      }
      out.add(
          Violation.of(
              "contains",
              at,
              instance,
              schema,
              "it must contain at least one item that matches the schema under \"contains\""));
    }
  }
}
