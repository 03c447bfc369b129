package io.github.gocrossbuild.schema;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * One problem found in a configuration file, with the place it was found: a JSON pointer into the
 * document and the 1-based line and column of the offending node.
 *
 * <p>{@link #toString()} prints it the way a compiler does, so IDEs and CI logs link to it: {@code
 * .vscode/tasks.json:12:7: error [tasks.env-outside-options] ...}.
 */
@Value.Immutable
public abstract class ConfigIssue {

  /** How bad an issue is; only errors make a report invalid. */
  public enum Severity {
    /**
     * The tool rejects the file, or the file silently makes it build, run or debug something other
     * than what it says.
     */
    ERROR,
    /**
     * The tool ignores or tolerates it: removed or deprecated settings, a cosmetic key in the wrong
     * place, an unknown property, a risk that does not change what is built.
     */
    WARNING
  }

  ConfigIssue() {}

  /**
   * Returns the file name or path the issue was found in, as the caller gave it.
   *
   * @return e.g. {@code .vscode/tasks.json}
   */
  @Value.Parameter
  public abstract String source();

  /**
   * Returns how bad the issue is.
   *
   * @return {@link Severity#ERROR} or {@link Severity#WARNING}
   */
  @Value.Parameter
  public abstract Severity severity();

  /**
   * Returns the stable id of the rule that found the issue.
   *
   * @return e.g. {@code syntax}, {@code schema}, {@code tasks.env-outside-options}
   */
  @Value.Parameter
  public abstract String ruleId();

  /**
   * Returns the RFC 6901 JSON pointer of the offending node; for a missing property it points at
   * where the property should be.
   *
   * @return e.g. {@code /tasks/0/env}; the empty string for the whole document
   */
  @Value.Parameter
  public abstract String pointer();

  /**
   * Returns the 1-based line of the offending node.
   *
   * @return the line
   */
  @Value.Parameter
  public abstract int line();

  /**
   * Returns the 1-based column of the offending node, counted in UTF-16 code units (a tab counts as
   * one), as VS Code counts.
   *
   * @return the column
   */
  @Value.Parameter
  public abstract int column();

  /**
   * Returns one sentence that says what is wrong and how to fix it.
   *
   * @return the message
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Creates an issue.
   *
   * @param source the file name or path shown in {@link #toString()}
   * @param severity how bad it is
   * @param ruleId the rule id
   * @param pointer the JSON pointer of the offending node
   * @param line the 1-based line
   * @param column the 1-based column
   * @param message one sentence with the fix
   * @return the issue
   */
  public static ConfigIssue of(
      String source,
      Severity severity,
      String ruleId,
      String pointer,
      int line,
      int column,
      String message) {
    return ImmutableConfigIssue.of(source, severity, ruleId, pointer, line, column, message);
  }

  /**
   * Tells whether this is an error.
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  @Value.Check
  void check() {
    if (line() < 1 || column() < 1) {
      throw new IllegalArgumentException(
          "line and column are 1-based, got " + line() + ":" + column());
    }
  }

  /**
   * Formats the issue like a compiler diagnostic.
   *
   * @return {@code source:line:column: severity [ruleId] message}
   */
  @Override
  public String toString() {
    return source()
        + ":"
        + line()
        + ":"
        + column()
        + ": "
        + severity().name().toLowerCase(Locale.ROOT)
        + " ["
        + ruleId()
        + "] "
        + message();
  }
}
