package io.github.gocrossbuild.env;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests for {@link EnvFinding}. */
class EnvFindingTest {

  @Test
  void shouldPrintSeverityIdAndMessage() {
    EnvFinding f =
        EnvFinding.of("env.task-env-ignored", EnvFinding.Severity.ERROR, "Move it.", "GOOS");
    assertThat(f).hasToString("error [env.task-env-ignored] Move it.");
    assertThat(f.variable()).contains("GOOS");
    assertThat(EnvFinding.of("x.y", EnvFinding.Severity.INFO, "m").variable()).isEmpty();
  }
}
