package io.github.gocrossbuild.schema.internal;

/**
 * One schema violation, already worded; a kind's rules may still change its rule id and severity
 * (host.json unknown keys are warnings, for example) before it becomes an issue.
 */
public final class SchemaFinding {
  private final String keyword;
  private final String pointer;
  private final boolean atKey;
  private final String message;

  /**
   * Creates a finding.
   *
   * @param keyword the JSON Schema keyword that failed, e.g. {@code additionalProperties}
   * @param pointer the offending node
   * @param atKey whether to place it at the member's key rather than its value
   * @param message one sentence with the fix
   */
  public SchemaFinding(String keyword, String pointer, boolean atKey, String message) {
    this.keyword = keyword;
    this.pointer = pointer;
    this.atKey = atKey;
    this.message = message;
  }

  /**
   * Returns the failed keyword.
   *
   * @return e.g. {@code type}
   */
  public String keyword() {
    return keyword;
  }

  /**
   * Returns the offending node.
   *
   * @return a JSON pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Tells whether the finding is about a property name (unknown or forbidden property).
   *
   * @return true when it belongs at the key
   */
  public boolean atKey() {
    return atKey;
  }

  /**
   * Tells whether this is an "unknown property" finding.
   *
   * @return true for {@code additionalProperties}, {@code unevaluatedProperties} and {@code false}
   *     schemas
   */
  public boolean isUnknownProperty() {
    return "additionalProperties".equals(keyword)
        || "unevaluatedProperties".equals(keyword)
        || "false".equals(keyword);
  }

  /**
   * Returns the wording.
   *
   * @return one sentence with the fix
   */
  public String message() {
    return message;
  }
}
