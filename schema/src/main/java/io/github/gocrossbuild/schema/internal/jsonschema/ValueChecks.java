package io.github.gocrossbuild.schema.internal.jsonschema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The keywords that apply to any value: {@code type}, {@code enum}, {@code const}, {@code false}.
 */
final class ValueChecks {
  private ValueChecks() {}

  /** {@code type}: one name or a list of names. */
  static final class Type implements Check {
    private final JsonNode schema;
    private final String[] types;

    Type(JsonNode schema, JsonNode value) {
      this.schema = schema;
      List<String> names = new ArrayList<>();
      if (value.isArray()) {
        value.forEach(t -> names.add(t.asString()));
      } else {
        names.add(value.asString());
      }
      for (String name : names) {
        if (!JsonValues.TYPES.contains(name)) {
          throw new IllegalStateException("Unknown JSON Schema type \"" + name + "\"");
        }
      }
      this.types = names.toArray(new String[0]);
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      for (String type : types) {
        if (JsonValues.hasType(instance, type)) {
          return;
        }
      }
      out.add(
          Violation.of(
              "type",
              at,
              instance,
              schema,
              "it must be of type "
                  + String.join(" or ", types)
                  + ", not "
                  + JsonValues.typeOf(instance)));
    }
  }

  /**
   * {@code enum}. Strings and numbers are looked up in hash sets (numbers by value, so {@code 1.0}
   * matches {@code 1}); other values are compared one by one.
   */
  static final class Enum implements Check {
    private final JsonNode schema;
    private final Set<String> strings = new HashSet<>();
    private final Set<BigDecimal> numbers = new HashSet<>();
    private final List<JsonNode> others = new ArrayList<>();

    Enum(JsonNode schema, JsonNode values) {
      this.schema = schema;
      for (JsonNode value : values) {
        if (value.isString()) {
          strings.add(value.stringValue());
        } else if (value.isNumber()) {
          numbers.add(JsonValues.number(value));
        } else {
          others.add(value);
        }
      }
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      if (!allows(instance)) {
        out.add(
            Violation.of("enum", at, instance, schema, "it must be one of " + schema.path("enum")));
      }
    }

    private boolean allows(JsonNode instance) {
      if (instance.isString()) {
        return strings.contains(instance.stringValue());
      }
      if (instance.isNumber()) {
        return JsonValues.isFinite(instance) && numbers.contains(JsonValues.number(instance));
      }
      for (JsonNode other : others) {
        if (JsonValues.equal(other, instance)) {
          return true;
        }
      }
      return false;
    }
  }

  /** {@code const}. */
  static final class Const implements Check {
    private final JsonNode schema;
    private final JsonNode value;

    Const(JsonNode schema, JsonNode value) {
      this.schema = schema;
      this.value = value;
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      if (!JsonValues.equal(value, instance)) {
        out.add(Violation.of("const", at, instance, schema, "it must be " + value));
      }
    }
  }

  /** The {@code false} schema: nothing is allowed where it applies. */
  static final class Nothing implements Check {
    private final JsonNode schema;

    Nothing(JsonNode schema) {
      this.schema = schema;
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      out.add(Violation.of("false", at, instance, schema, "no value is allowed here"));
    }
  }
}
