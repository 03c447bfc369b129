package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.testing.StaticState;
import org.junit.jupiter.api.Test;

/** The ssh module's main classes hold no test hook: faults are injected from outside. */
class NoTestHooksTest {
  @Test
  void shouldHoldNoStaticMutableState() {
    assertThat(StaticState.of(SshBuildHost.class)).isEmpty();
  }
}
