package io.github.gocrossbuild.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link ValidationReport}. */
class ValidationReportTest {
  private static final ConfigIssue LATE_WARNING =
      ConfigIssue.of("f", ConfigIssue.Severity.WARNING, "b", "/b", 9, 1, "w.");
  private static final ConfigIssue EARLY_ERROR =
      ConfigIssue.of("f", ConfigIssue.Severity.ERROR, "a", "/a", 2, 5, "e.");

  @Test
  void shouldSortIssuesByPositionAndSplitBySeverity() {
    ValidationReport report =
        ValidationReport.of(ConfigKind.GORELEASER, "f", List.of(LATE_WARNING, EARLY_ERROR));

    assertThat(report.issues()).containsExactly(EARLY_ERROR, LATE_WARNING);
    assertThat(report.errors()).containsExactly(EARLY_ERROR);
    assertThat(report.warnings()).containsExactly(LATE_WARNING);
    assertThat(report.isValid()).isFalse();
    assertThat(report).hasToString("f:2:5: error [a] e.\nf:9:1: warning [b] w.");
  }

  @Test
  void shouldBeValidWithOnlyWarningsAndSayWhenClean() {
    assertThat(ValidationReport.of(ConfigKind.GORELEASER, "f", List.of(LATE_WARNING)).isValid())
        .isTrue();
    assertThat(ValidationReport.of(ConfigKind.GORELEASER, "f", List.of()))
        .hasToString("f: no issues");
  }
}
