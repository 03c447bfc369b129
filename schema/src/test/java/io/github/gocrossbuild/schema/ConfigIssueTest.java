package io.github.gocrossbuild.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Tests for {@link ConfigIssue}. */
class ConfigIssueTest {

  @Test
  void shouldFormatLikeACompiler() {
    ConfigIssue issue =
        ConfigIssue.of(
            "tasks.json",
            ConfigIssue.Severity.ERROR,
            "tasks.env-outside-options",
            "/tasks/0/env",
            12,
            7,
            "Move it.");

    assertThat(issue).hasToString("tasks.json:12:7: error [tasks.env-outside-options] Move it.");
    assertThat(issue.isError()).isTrue();
  }

  @Test
  void shouldRejectPositionsBelowOne() {
    assertThatThrownBy(() -> ConfigIssue.of("a", ConfigIssue.Severity.WARNING, "r", "", 0, 1, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line and column are 1-based, got 0:1");
  }
}
