package io.github.gocrossbuild.schema.internal.jsonschema;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * JSON Schema's view of values: its type names, and equality where {@code 1.0} equals {@code 1}.
 */
public final class JsonValues {
  /** The type names draft-07 defines. */
  static final Set<String> TYPES =
      Set.of("object", "array", "string", "number", "integer", "boolean", "null");

  private JsonValues() {}

  /**
   * Tells whether an instance has a JSON Schema type; {@code integer} includes numbers with a zero
   * fraction, as draft-07 says.
   */
  static boolean hasType(JsonNode instance, String type) {
    switch (type) {
      case "object":
        return instance.isObject();
      case "array":
        return instance.isArray();
      case "string":
        return instance.isString();
      case "number":
        return instance.isNumber();
      case "integer":
        return isInteger(instance);
      case "boolean":
        return instance.isBoolean();
      case "null":
        return instance.isNull();
      default:
        throw new IllegalArgumentException("Unknown JSON Schema type \"" + type + "\"");
    }
  }

  /**
   * Names the most specific JSON Schema type of a value.
   *
   * @param instance the value
   * @return {@code integer} for a number without a fraction, else its type name
   */
  public static String typeOf(JsonNode instance) {
    if (instance.isNumber()) {
      return isInteger(instance) ? "integer" : "number";
    }
    if (instance.isString()) {
      return "string";
    }
    if (instance.isBoolean()) {
      return "boolean";
    }
    if (instance.isNull()) {
      return "null";
    }
    return instance.isArray() ? "array" : "object";
  }

  static boolean isInteger(JsonNode instance) {
    if (instance.isIntegralNumber()) {
      return true;
    }
    if (!instance.isNumber() || !isFinite(instance)) {
      return false;
    }
    return instance.decimalValue().stripTrailingZeros().scale() <= 0;
  }

  /**
   * Tells whether a number node holds a finite value; YAML can spell {@code .inf} and {@code .nan}.
   */
  static boolean isFinite(JsonNode number) {
    return !(number.isDouble() || number.isFloat()) || Double.isFinite(number.doubleValue());
  }

  /**
   * Compares a number with a finite limit: infinities order as expected, NaN compares as unordered
   * (null), so every bound rejects it.
   */
  static Integer compare(JsonNode number, BigDecimal limit) {
    if (isFinite(number)) {
      return number(number).compareTo(limit);
    }
    double value = number.doubleValue();
    return Double.isNaN(value) ? null : value > 0 ? 1 : -1;
  }

  /**
   * A finite number as a canonical {@link BigDecimal}, so equal values are equal and hash alike.
   */
  static BigDecimal number(JsonNode number) {
    BigDecimal value = number.decimalValue().stripTrailingZeros();
    return value.signum() == 0 ? BigDecimal.ZERO : value;
  }

  /** JSON equality: numbers by value, objects regardless of member order. */
  static boolean equal(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber() && isFinite(a) && isFinite(b)) {
      return number(a).compareTo(number(b)) == 0;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!equal(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = a.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        JsonNode other = b.get(member.getKey());
        if (other == null || !equal(member.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }
}
