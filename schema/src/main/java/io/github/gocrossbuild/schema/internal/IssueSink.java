package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.internal.jsonc.JsonPointers;
import io.github.gocrossbuild.schema.ConfigIssue;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the issues of one validation and places them in the source with the document's {@link
 * SourceMap}. Not thread-safe: one sink per validation.
 */
public final class IssueSink {
  private final String source;
  private final SourceMap map;
  private final List<ConfigIssue> issues = new ArrayList<>();
  private final List<String> explained = new ArrayList<>();

  /**
   * Creates a sink.
   *
   * @param source the file name shown in every issue
   * @param map the positions of the document being validated
   */
  public IssueSink(String source, SourceMap map) {
    this.source = source;
    this.map = map;
  }

  /**
   * Returns the file name shown in every issue.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the positions of the document.
   *
   * @return the source map
   */
  public SourceMap map() {
    return map;
  }

  /**
   * Reports an issue at the value a pointer names.
   *
   * @param rule the rule, which also decides the severity
   * @param pointer the offending node
   * @param message one sentence with the fix
   */
  public void flag(RuleId rule, String pointer, String message) {
    at(rule, pointer, map.valuePosition(pointer), message);
  }

  /**
   * Reports an issue at the key of the object member a pointer names.
   *
   * @param rule the rule, which also decides the severity
   * @param pointer the offending member
   * @param message one sentence with the fix
   */
  public void flagKey(RuleId rule, String pointer, String message) {
    at(rule, pointer, map.keyPosition(pointer), message);
  }

  /**
   * Reports an issue at the key of a member and drops the generic {@code schema} issues at or below
   * the same pointer, because this rule says better what is wrong there.
   *
   * @param rule the rule, which also decides the severity
   * @param pointer the offending member
   * @param message one sentence with the fix
   */
  public void explainKey(RuleId rule, String pointer, String message) {
    explained.add(pointer);
    flagKey(rule, pointer, message);
  }

  /**
   * Like {@link #explainKey} but placed at the value.
   *
   * @param rule the rule, which also decides the severity
   * @param pointer the offending node
   * @param message one sentence with the fix
   */
  public void explainValue(RuleId rule, String pointer, String message) {
    explained.add(pointer);
    flag(rule, pointer, message);
  }

  /**
   * Reports an issue at an explicit position.
   *
   * @param rule the rule, which also decides the severity
   * @param pointer the offending node
   * @param position a packed position from {@link SourceMap#pack(int, int)}
   * @param message one sentence with the fix
   */
  public void at(RuleId rule, String pointer, long position, String message) {
    issues.add(
        ConfigIssue.of(
            source,
            rule.severity(),
            rule.id(),
            pointer,
            SourceMap.line(position),
            SourceMap.column(position),
            message));
  }

  /**
   * Tells whether a rule has already explained the node at or above a pointer.
   *
   * @param pointer the pointer of a schema issue
   * @return true when a rule's issue replaces it
   */
  public boolean isExplained(String pointer) {
    for (String p : explained) {
      if (JsonPointers.isSameOrBelow(pointer, p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether an error has been reported so far.
   *
   * @return true after the first error
   */
  public boolean hasErrors() {
    return issues.stream().anyMatch(ConfigIssue::isError);
  }

  /**
   * Returns the issues collected so far.
   *
   * @return the issues, in the order reported
   */
  public List<ConfigIssue> issues() {
    return issues;
  }
}
