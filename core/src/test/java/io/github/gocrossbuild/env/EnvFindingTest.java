package io.github.gocrossbuild.env;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests for {@link EnvFinding}. */
class EnvFindingTest {

  @Test
  void shouldPrintSeverityIdAndMessage() {
    EnvFinding f =
        EnvFinding.of(EnvFindingId.TASK_ENV_IGNORED, EnvFinding.Severity.ERROR, "Move it.", "GOOS");
    assertThat(f).hasToString("error [env.task-env-ignored] Move it.");
    assertThat(f.variable()).contains("GOOS");
    assertThat(EnvFinding.of(EnvFindingId.INVALID_VALUE, EnvFinding.Severity.INFO, "m").variable())
        .isEmpty();
  }
}
