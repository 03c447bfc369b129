package io.github.gocrossbuild.schema.internal.jsonschema;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The six counting keywords as one check: {@code minLength}/{@code maxLength} (code points of a
 * string), {@code minItems}/{@code maxItems} and {@code minProperties}/{@code maxProperties}.
 */
final class SizeLimit implements Check {
  /** What is counted, and of which kind of value. */
  enum Measure {
    CHARACTERS("Length", "characters"),
    ITEMS("Items", "items"),
    PROPERTIES("Properties", "properties");

    private final String suffix;
    private final String noun;

    Measure(String suffix, String noun) {
      this.suffix = suffix;
      this.noun = noun;
    }

    /** Returns the count, or -1 when the keyword does not apply to this kind of value. */
    int count(JsonNode instance) {
      switch (this) {
        case CHARACTERS:
          if (!instance.isString()) {
            return -1;
          }
          String text = instance.stringValue();
          return text.codePointCount(0, text.length());
        case ITEMS:
          return instance.isArray() ? instance.size() : -1;
        default:
          return instance.isObject() ? instance.size() : -1;
      }
    }
  }

  private final JsonNode schema;
  private final Measure measure;
  private final boolean minimum;
  private final String keyword;
  private final int limit;

  SizeLimit(JsonNode schema, Measure measure, boolean minimum, JsonNode value) {
    this.schema = schema;
    this.measure = measure;
    this.minimum = minimum;
    this.keyword = (minimum ? "min" : "max") + measure.suffix;
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
      throw new IllegalStateException(keyword + " must be a non-negative integer, not " + value);
    }
    this.limit = value.intValue();
  }

  /**
   * Tells which counting keyword a name is.
   *
   * @return the measure, or null when the name is not one of the six
   */
  static Measure measureOf(String keyword) {
    for (Measure measure : Measure.values()) {
      if (keyword.equals("min" + measure.suffix) || keyword.equals("max" + measure.suffix)) {
        return measure;
      }
    }
    return null;
  }

  @Override
  public void check(JsonNode instance, Location at, List<Violation> out) {
    int count = measure.count(instance);
    if (count >= 0 && (minimum ? count < limit : count > limit)) {
      out.add(
          Violation.of(
              keyword,
              at,
              instance,
              schema,
              "it must have " + (minimum ? "at least " : "at most ") + limit + " " + measure.noun));
    }
  }
}
