package io.github.gocrossbuild.schema.internal.jsonschema;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One failed keyword: where, which keyword, the schema object it belongs to, and for {@code
 * anyOf}/{@code oneOf} what each alternative reported, so the caller can pick the alternative the
 * author most likely meant.
 */
public final class Violation {
  private final String keyword;
  private final Location at;
  private final JsonNode instance;
  private final JsonNode schema;
  private final String property;
  private final String message;
  private final List<List<Violation>> alternatives;

  Violation(
      String keyword,
      Location at,
      JsonNode instance,
      JsonNode schema,
      String property,
      String message,
      List<List<Violation>> alternatives) {
    this.keyword = keyword;
    this.at = at;
    this.instance = instance;
    this.schema = schema;
    this.property = property;
    this.message = message;
    this.alternatives = alternatives;
  }

  static Violation of(
      String keyword, Location at, JsonNode instance, JsonNode schema, String message) {
    return new Violation(keyword, at, instance, schema, null, message, List.of());
  }

  /**
   * Returns the keyword that failed.
   *
   * @return e.g. {@code type}, {@code required}, or {@code false} for a {@code false} schema
   */
  public String keyword() {
    return keyword;
  }

  /**
   * Returns the offending value's location.
   *
   * @return a JSON pointer; for {@code required} and {@code additionalProperties} the object's
   */
  public String pointer() {
    return at.pointer();
  }

  /**
   * Returns the offending value.
   *
   * @return the instance node
   */
  public JsonNode instance() {
    return instance;
  }

  /**
   * Returns the schema object that holds the failed keyword, for wording the message from it (its
   * {@code properties}, its {@code description}).
   *
   * @return the schema object; for a {@code false} schema the boolean node
   */
  public JsonNode schema() {
    return schema;
  }

  /**
   * Returns the failed keyword's value in the schema.
   *
   * @return e.g. the {@code enum} array; missing for a {@code false} schema
   */
  public JsonNode keywordValue() {
    return schema.path(keyword);
  }

  /**
   * Returns the property concerned, for {@code required} (the missing one) and {@code
   * additionalProperties} (the unexpected one).
   *
   * @return the member name, or null for other keywords
   */
  public String property() {
    return property;
  }

  /**
   * Returns a plain description of the problem, without a fix.
   *
   * @return e.g. "it must be at least 0"
   */
  public String message() {
    return message;
  }

  /**
   * Returns, for a failed {@code anyOf} or {@code oneOf}, the violations of each alternative in
   * schema order (an empty list for an alternative that matched, which happens when {@code oneOf}
   * matched more than one).
   *
   * @return one list per alternative; empty for other keywords
   */
  public List<List<Violation>> alternatives() {
    return alternatives;
  }

  @Override
  public String toString() {
    return keyword + " at \"" + pointer() + "\": " + message;
  }
}
