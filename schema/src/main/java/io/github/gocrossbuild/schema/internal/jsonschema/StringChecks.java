package io.github.gocrossbuild.schema.internal.jsonschema;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/** The string keyword {@code pattern}; the lengths are a {@link SizeLimit}. */
final class StringChecks {
  private StringChecks() {}

  /**
   * {@code pattern}, searched anywhere in the string as ECMA-262 does; the embedded schemas use
   * only syntax that Java's regular expressions read the same way.
   */
  static final class Matches implements Check {
    private final JsonNode schema;
    private final Pattern pattern;

    Matches(JsonNode schema, JsonNode value) {
      this.schema = schema;
      try {
        this.pattern = Pattern.compile(value.asString());
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException("Invalid pattern " + value + ": " + e.getDescription(), e);
      }
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      if (instance.isString() && !pattern.matcher(instance.stringValue()).find()) {
        out.add(
            Violation.of(
                "pattern", at, instance, schema, "it must match the pattern " + pattern.pattern()));
      }
    }
  }
}
