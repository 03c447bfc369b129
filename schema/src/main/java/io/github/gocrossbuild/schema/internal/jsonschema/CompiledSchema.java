package io.github.gocrossbuild.schema.internal.jsonschema;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A schema compiled into its checks. Immutable once {@link SchemaCompiler} has built it, so one
 * instance can validate from many threads at once.
 */
public final class CompiledSchema {
  private static final Check[] NONE = new Check[0];

  private final JsonNode source;
  private volatile Check[] checks = NONE;

  CompiledSchema(JsonNode source) {
    this.source = source;
  }

  /** Sets the checks; called once, after the shell was registered so references can cycle. */
  void define(List<Check> compiled) {
    this.checks = compiled.toArray(NONE);
  }

  /**
   * Validates a document.
   *
   * @param instance the document root
   * @return the violations in document order of discovery; empty when the document is valid
   */
  public List<Violation> validate(JsonNode instance) {
    List<Violation> out = new ArrayList<>();
    evaluate(instance, Location.ROOT, out);
    return out;
  }

  /**
   * Returns the schema this was compiled from.
   *
   * @return the schema object, or a boolean node for {@code true}/{@code false}
   */
  public JsonNode source() {
    return source;
  }

  void evaluate(JsonNode instance, Location at, List<Violation> out) {
    for (Check check : checks) {
      check.check(instance, at, out);
    }
  }

  /** Tells whether an instance is valid, for the keywords that only need a yes or no. */
  boolean accepts(JsonNode instance, Location at) {
    List<Violation> scratch = new ArrayList<>(0);
    evaluate(instance, at, scratch);
    return scratch.isEmpty();
  }
}
