package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.internal.jsonc.JsonPointers;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Says what a limit keyword asks, from its value in the schema: the numeric bounds, the counting
 * keywords and {@code uniqueItems}, whose finding moves from the array to its first repeated item.
 */
final class KeywordLimits {
  private KeywordLimits() {}

  /**
   * Words what a limit keyword asks.
   *
   * @param keyword the keyword, e.g. {@code maximum}
   * @param value its value in the schema
   * @return e.g. "it must be at most 65535", or empty for a keyword that is not a limit
   */
  static Optional<String> describe(String keyword, JsonNode value) {
    String limit = value.asString("");
    switch (keyword) {
      case "minimum":
        return Optional.of("it must be at least " + limit);
      case "maximum":
        return Optional.of("it must be at most " + limit);
      case "exclusiveMinimum":
        return Optional.of("it must be greater than " + limit);
      case "exclusiveMaximum":
        return Optional.of("it must be less than " + limit);
      case "multipleOf":
        return Optional.of("it must be a multiple of " + limit);
      case "minLength":
      case "minItems":
      case "minProperties":
        return Optional.of("it must have at least " + limit + " " + counted(keyword));
      case "maxLength":
      case "maxItems":
      case "maxProperties":
        return Optional.of("it must have at most " + limit + " " + counted(keyword));
      default:
        return Optional.empty();
    }
  }

  /**
   * Words a {@code uniqueItems} failure at the first item that repeats an earlier one.
   *
   * @param at the array's pointer
   * @param array the array
   * @return the finding
   */
  static SchemaFinding duplicate(String at, JsonNode array) {
    for (int i = 1; i < array.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (sameValue(array.get(i), array.get(j))) {
          return SchemaMessages.invalid(
              "uniqueItems",
              JsonPointers.child(at, i),
              array.get(i),
              "it repeats item " + j + "; each item may appear once");
        }
      }
    }
    return SchemaMessages.invalid("uniqueItems", at, array, "each item may appear once");
  }

  private static String counted(String keyword) {
    if (keyword.endsWith("Length")) {
      return "characters";
    }
    return keyword.endsWith("Items") ? "items" : "properties";
  }

  /** JSON equality of two items, numbers by value ({@code 1} and {@code 1.0} are the same). */
  private static boolean sameValue(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber() && isFinite(a) && isFinite(b)) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  private static boolean isFinite(JsonNode number) {
    return !(number.isDouble() || number.isFloat()) || Double.isFinite(number.doubleValue());
  }
}
