package io.github.gocrossbuild.schema.internal.jsonschema;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * The object keywords: {@code properties}, {@code patternProperties} and {@code
 * additionalProperties} (one check, since the last depends on the first two), {@code required},
 * {@code dependencies} and {@code propertyNames}; the counts are a {@link SizeLimit}.
 */
final class ObjectChecks {
  private ObjectChecks() {}

  /**
   * Checks each member against its {@code properties} schema, every matching {@code
   * patternProperties} schema, and {@code additionalProperties} when neither applies.
   */
  static final class Members implements Check {
    private final JsonNode schema;
    private final Map<String, CompiledSchema> named;
    private final Pattern[] patterns;
    private final CompiledSchema[] patterned;
    private final CompiledSchema additional;
    private final boolean additionalForbidden;

    Members(
        JsonNode schema,
        Map<String, CompiledSchema> named,
        Pattern[] patterns,
        CompiledSchema[] patterned,
        CompiledSchema additional) {
      this.schema = schema;
      this.named = Map.copyOf(named);
      this.patterns = patterns.clone();
      this.patterned = patterned.clone();
      JsonNode rest = schema.path("additionalProperties");
      this.additionalForbidden = rest.isBoolean() && !rest.booleanValue();
      this.additional = additionalForbidden ? null : additional;
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      if (!instance.isObject()) {
        return;
      }
      for (Map.Entry<String, JsonNode> member : instance.properties()) {
        String name = member.getKey();
        JsonNode value = member.getValue();
        boolean described = false;
        CompiledSchema own = named.get(name);
        if (own != null) {
          own.evaluate(value, at.child(name), out);
          described = true;
        }
        for (int i = 0; i < patterns.length; i++) {
          if (patterns[i].matcher(name).find()) {
            patterned[i].evaluate(value, at.child(name), out);
            described = true;
          }
        }
        if (described) {
          continue;
        }
        if (additionalForbidden) {
          out.add(
              new Violation(
                  "additionalProperties",
                  at,
                  instance,
                  schema,
                  name,
                  "property \"" + name + "\" is not allowed",
                  List.of()));
        } else if (additional != null) {
          additional.evaluate(value, at.child(name), out);
        }
      }
    }
  }

  /** {@code required}: one violation per missing member. */
  static final class Required implements Check {
    private final JsonNode schema;
    private final String[] names;

    Required(JsonNode schema, String[] names) {
      this.schema = schema;
      this.names = names.clone();
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      if (!instance.isObject()) {
        return;
      }
      for (String name : names) {
        if (!instance.has(name)) {
          out.add(
              new Violation(
                  "required",
                  at,
                  instance,
                  schema,
                  name,
                  "property \"" + name + "\" is missing",
                  List.of()));
        }
      }
    }
  }

  /**
   * One entry of {@code dependencies}: when {@code trigger} is present, either the listed members
   * must be too, or the whole object must match a schema.
   */
  static final class Dependency implements Check {
    private final JsonNode schema;
    private final String trigger;
    private final String[] needed;
    private final CompiledSchema then;

    Dependency(JsonNode schema, String trigger, String[] needed, CompiledSchema then) {
      this.schema = schema;
      this.trigger = trigger;
      this.needed = needed.clone();
      this.then = then;
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      if (!instance.isObject() || !instance.has(trigger)) {
        return;
      }
      if (then != null) {
        then.evaluate(instance, at, out);
        return;
      }
      for (String name : needed) {
        if (!instance.has(name)) {
          out.add(
              new Violation(
                  "dependencies",
                  at,
                  instance,
                  schema,
                  name,
                  "property \"" + name + "\" is missing; \"" + trigger + "\" needs it",
                  List.of()));
        }
      }
    }
  }

  /** {@code propertyNames}: every member name, as a string, matches a schema. */
  static final class Names implements Check {
    private final JsonNode schema;
    private final CompiledSchema names;

    Names(JsonNode schema, CompiledSchema names) {
      this.schema = schema;
      this.names = names;
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      if (!instance.isObject()) {
        return;
      }
      for (String name : instance.propertyNames()) {
        if (!names.accepts(StringNode.valueOf(name), at.child(name))) {
          out.add(
              new Violation(
                  "propertyNames",
                  at,
                  instance,
                  schema,
                  name,
                  "property name \"" + name + "\" is not allowed",
                  List.of()));
        }
      }
    }
  }
}
