package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.testing.StaticState;
import org.junit.jupiter.api.Test;

/** Core's main classes hold no test hook: no static switch that tests flip. */
class NoTestHooksTest {
  @Test
  void shouldHoldNoStaticMutableStateButTheTwoCounters() {
    // Both only count up: processes started (read by tests and diagnostics) and temporary names.
    assertThat(StaticState.of(GoCrossBuild.class))
        .containsExactly(
            "io.github.gocrossbuild.internal.build.AtomicFiles.COUNTER",
            "io.github.gocrossbuild.internal.process.ProcessRunner.STARTED");
  }
}
