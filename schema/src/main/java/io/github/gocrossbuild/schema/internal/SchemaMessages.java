package io.github.gocrossbuild.schema.internal;

import com.networknt.schema.Error;
import io.github.gocrossbuild.internal.jsonc.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Words one networknt error as a sentence that says what to change, from the failed keyword's value
 * and the schema object that holds it (its {@code properties}, its {@code description});
 * networknt's own wording is used only for keywords no embedded schema has.
 */
final class SchemaMessages {
  private static final int MAX_LISTED = 12;

  private SchemaMessages() {}

  static SchemaFinding finding(Error e, JsonNode owner) {
    String at = e.getInstanceLocation().toString();
    JsonNode instance = e.getInstanceNode();
    JsonNode value = e.getSchemaNode();
    String keyword = e.getKeyword();
    switch (keyword) {
      case "additionalProperties":
        {
          String property = e.getProperty();
          JsonNode allowed = owner.path("properties");
          Optional<String> hint = Suggestions.nearest(property, allowed.propertyNames());
          return new SchemaFinding(
              "additionalProperties",
              JsonPointers.child(at, property),
              true,
              "Property \""
                  + property
                  + "\" is not allowed here"
                  + hint.map(h -> "; did you mean \"" + h + "\"?")
                      .orElse("; remove it or check its spelling."));
        }
      case "false":
        return new SchemaFinding(
            keyword,
            at,
            true,
            "Property \"" + JsonPointers.lastSegment(at) + "\" is not allowed here; remove it.");
      case "required":
        return new SchemaFinding(
            keyword,
            JsonPointers.child(at, e.getProperty()),
            false,
            "Required property \"" + e.getProperty() + "\" is missing; add it.");
      case "type":
        return new SchemaFinding(keyword, at, false, typeMessage(value, instance));
      case "enum":
        return new SchemaFinding(keyword, at, false, enumMessage(value, instance));
      case "const":
        return new SchemaFinding(
            keyword,
            at,
            false,
            "Value " + show(instance) + " is not allowed; use " + show(value) + ".");
      case "pattern":
        {
          String description = owner.path("description").asString("");
          String why =
              description.isEmpty()
                  ? "it must match " + value.asString()
                  : lowerFirst(stripDot(description));
          return new SchemaFinding(
              keyword,
              at,
              false,
              "Value " + show(instance) + " has the wrong format: " + why + ".");
        }
      case "uniqueItems":
        return KeywordLimits.duplicate(at, instance);
      default:
        return invalid(
            keyword,
            at,
            instance,
            KeywordLimits.describe(keyword, value).orElseGet(() -> stripDot(e.getMessage())));
    }
  }

  /**
   * Words a value that breaks a limit.
   *
   * @param keyword the failed keyword
   * @param at the value's pointer
   * @param instance the value
   * @param why what the schema asks, e.g. "it must be at most 65535"
   * @return the finding
   */
  static SchemaFinding invalid(String keyword, String at, JsonNode instance, String why) {
    return new SchemaFinding(
        keyword, at, false, "Value " + show(instance) + " is invalid: " + why + "; change it.");
  }

  private static String joinAlternatives(List<String> types) {
    List<String> words = new ArrayList<>();
    for (String t : types) {
      words.add(article(t));
    }
    if (words.size() <= 1) {
      return words.isEmpty() ? "" : words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " or "
        + words.get(words.size() - 1);
  }

  private static String typeMessage(JsonNode expected, JsonNode instance) {
    List<String> types = new ArrayList<>();
    if (expected.isArray()) {
      expected.forEach(t -> types.add(t.asString()));
    } else {
      types.add(expected.asString());
    }
    String found = typeOf(instance);
    String fix;
    if (types.contains("string") && !instance.isContainer()) {
      fix = "put the value in double quotes";
    } else if (types.contains("array") && !instance.isArray()) {
      fix = "wrap the value in [ ]";
    } else {
      fix = "change the value to " + article(types.get(0));
    }
    return "Expected "
        + joinAlternatives(types)
        + " but found "
        + article(found)
        + "; "
        + fix
        + ".";
  }

  private static String enumMessage(JsonNode allowed, JsonNode instance) {
    List<String> values = new ArrayList<>();
    allowed.forEach(v -> values.add(v.isString() ? v.stringValue() : v.toString()));
    if (instance.isString()) {
      for (String v : values) {
        if (v.equalsIgnoreCase(instance.stringValue())) {
          return "Value "
              + show(instance)
              + " is not allowed; values are case-sensitive, use \""
              + v
              + "\".";
        }
      }
    }
    List<String> shown = values.size() > MAX_LISTED ? values.subList(0, MAX_LISTED) : values;
    StringBuilder sb = new StringBuilder();
    for (String v : shown) {
      sb.append(sb.length() == 0 ? "" : ", ").append('"').append(v).append('"');
    }
    if (values.size() > MAX_LISTED) {
      sb.append(", ...");
    }
    return "Value " + show(instance) + " is not allowed; use one of " + sb + ".";
  }

  /**
   * Names a value's JSON Schema type; a number without a fraction is an integer, as in draft-07.
   */
  private static String typeOf(JsonNode instance) {
    if (instance.isNumber()) {
      return isWhole(instance) ? "integer" : "number";
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

  private static boolean isWhole(JsonNode number) {
    if (number.isIntegralNumber()) {
      return true;
    }
    if ((number.isDouble() || number.isFloat()) && !Double.isFinite(number.doubleValue())) {
      return false;
    }
    return number.decimalValue().stripTrailingZeros().scale() <= 0;
  }

  private static String article(String type) {
    switch (type) {
      case "object":
      case "array":
      case "integer":
        return "an " + type;
      case "null":
        return "null";
      default:
        return type.startsWith("\"") ? type : "a " + type;
    }
  }

  /**
   * Shows a value as JSON, shortened; strings, whole numbers and booleans are written here, so the
   * first message of a JVM does not build Jackson's mapper for {@code toString()} (see {@link
   * SchemaStrings}).
   */
  static String show(JsonNode node) {
    String text;
    if (node == null || node.isNull()) {
      text = "null";
    } else if (node.isString()) {
      text = SchemaStrings.json(node.stringValue());
    } else if (node.isBoolean() || node.isIntegralNumber()) {
      text = node.asString();
    } else {
      text = node.toString();
    }
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  private static String stripDot(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }
}
