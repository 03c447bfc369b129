package io.github.gocrossbuild.schema;

import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link ValidationReport}; failure messages list every issue in compiler
 * format. Obtain one with {@link ConfigAssertions#assertThatConfig(java.nio.file.Path)}.
 */
public class ConfigAssert extends AbstractAssert<ConfigAssert, ValidationReport> {

  /**
   * Creates the assertion.
   *
   * @param actual the report under test
   */
  public ConfigAssert(ValidationReport actual) {
    super(actual, ConfigAssert.class);
  }

  /**
   * Verifies that the file has no errors (warnings are allowed).
   *
   * @return this
   */
  public ConfigAssert isValid() {
    isNotNull();
    if (!actual.isValid()) {
      failWithMessage(
          "Expected %s to be valid but it has %d error(s):%n%s",
          actual.source(), actual.errors().size(), actual);
    }
    return this;
  }

  /**
   * Verifies that the file has no warnings.
   *
   * @return this
   */
  public ConfigAssert hasNoWarnings() {
    isNotNull();
    if (!actual.warnings().isEmpty()) {
      failWithMessage(
          "Expected %s to have no warnings but it has %d:%n%s",
          actual.source(), actual.warnings().size(), actual);
    }
    return this;
  }

  /**
   * Verifies that some issue was reported by the given rule.
   *
   * @param ruleId a rule id such as {@code tasks.env-outside-options}
   * @return this
   */
  public ConfigAssert hasIssue(String ruleId) {
    return expect(i -> i.ruleId().equals(ruleId), "an issue [" + ruleId + "]");
  }

  /**
   * Verifies that some issue points at the given node.
   *
   * @param pointer a JSON pointer such as {@code /tasks/0/env}
   * @return this
   */
  public ConfigAssert hasIssueAt(String pointer) {
    return expect(i -> i.pointer().equals(pointer), "an issue at " + pointer);
  }

  /**
   * Verifies that the given rule reported nothing.
   *
   * @param ruleId a rule id
   * @return this
   */
  public ConfigAssert hasNoIssue(String ruleId) {
    isNotNull();
    if (actual.issues().stream().anyMatch(i -> i.ruleId().equals(ruleId))) {
      failWithMessage(
          "Expected %s to have no issue [%s] but found:%n%s", actual.source(), ruleId, actual);
    }
    return this;
  }

  private ConfigAssert expect(Predicate<ConfigIssue> test, String what) {
    isNotNull();
    if (actual.issues().stream().noneMatch(test)) {
      failWithMessage("Expected %s to have %s but found:%n%s", actual.source(), what, actual);
    }
    return this;
  }
}
