package io.github.gocrossbuild.schema.internal.jsonschema;

import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The numeric bounds: {@code minimum}, {@code maximum}, their exclusive forms (draft-07 numbers,
 * not draft-04 booleans) and {@code multipleOf}. Values compare as {@link BigDecimal}, so large and
 * fractional numbers are exact.
 */
final class NumberChecks {
  private NumberChecks() {}

  /** Which comparison a bound makes. */
  enum Bound {
    MINIMUM("minimum", "at least"),
    EXCLUSIVE_MINIMUM("exclusiveMinimum", "greater than"),
    MAXIMUM("maximum", "at most"),
    EXCLUSIVE_MAXIMUM("exclusiveMaximum", "less than");

    final String keyword;
    final String words;

    Bound(String keyword, String words) {
      this.keyword = keyword;
      this.words = words;
    }

    boolean holds(int comparison) {
      switch (this) {
        case MINIMUM:
          return comparison >= 0;
        case EXCLUSIVE_MINIMUM:
          return comparison > 0;
        case MAXIMUM:
          return comparison <= 0;
        default:
          return comparison < 0;
      }
    }
  }

  /** One bound on a number. */
  static final class Limit implements Check {
    private final JsonNode schema;
    private final Bound bound;
    private final BigDecimal limit;

    Limit(JsonNode schema, Bound bound, JsonNode value) {
      this.schema = schema;
      this.bound = bound;
      this.limit = JsonValues.number(SchemaCompiler.requireNumber(bound.keyword, value));
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      if (!instance.isNumber()) {
        return;
      }
      Integer comparison = JsonValues.compare(instance, limit);
      if (comparison == null || !bound.holds(comparison)) {
        out.add(
            Violation.of(
                bound.keyword,
                at,
                instance,
                schema,
                "it must be " + bound.words + " " + limit.toPlainString()));
      }
    }
  }

  /** {@code multipleOf}. */
  static final class MultipleOf implements Check {
    private final JsonNode schema;
    private final BigDecimal divisor;

    MultipleOf(JsonNode schema, JsonNode value) {
      this.schema = schema;
      this.divisor = JsonValues.number(SchemaCompiler.requireNumber("multipleOf", value));
      if (divisor.signum() <= 0) {
        throw new IllegalStateException("multipleOf must be greater than 0, not " + value);
      }
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      if (instance.isNumber()
          && (!JsonValues.isFinite(instance)
              || JsonValues.number(instance).remainder(divisor).signum() != 0)) {
        out.add(
            Violation.of(
                "multipleOf",
                at,
                instance,
                schema,
                "it must be a multiple of " + divisor.toPlainString()));
      }
    }
  }
}
