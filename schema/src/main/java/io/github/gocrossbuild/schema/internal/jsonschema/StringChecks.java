package io.github.gocrossbuild.schema.internal.jsonschema;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/** The string keywords: {@code minLength}, {@code maxLength} (in code points) and {@code pattern}. */
final class StringChecks {
  private StringChecks() {}

  /** {@code minLength} or {@code maxLength}. */
  static final class Length implements Check {
    private final JsonNode schema;
    private final boolean minimum;
    private final int limit;

    Length(JsonNode schema, boolean minimum, JsonNode value) {
      this.schema = schema;
      this.minimum = minimum;
      this.limit = SchemaCompiler.requireCount(minimum ? "minLength" : "maxLength", value);
    }

    @Override
    public void check(JsonNode instance, Location at, List<Violation> out) {
      if (!instance.isString()) {
        return;
      }
      String text = instance.stringValue();
      int length = text.codePointCount(0, text.length());
      if (minimum ? length < limit : length > limit) {
        out.add(Violation.of(minimum ? "minLength" : "maxLength", at, instance, schema,
            "it must be " + (minimum ? "at least " : "at most ") + limit + " characters long"));
      }
    }
  }

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
        out.add(Violation.of("pattern", at, instance, schema,
            "it must match the pattern " + pattern.pattern()));
      }
    }
  }
}
