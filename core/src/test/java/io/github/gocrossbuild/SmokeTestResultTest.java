package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Tests for {@link SmokeTestResult}. */
class SmokeTestResultTest {

  @Test
  void shouldTellFailureFromSuccessAndSkip() {
    SmokeTestResult ok =
        SmokeTestResult.builder()
            .ran(true)
            .exitCode(0)
            .via(SmokeTestRunner.nativeRun())
            .duration(Duration.ofMillis(12))
            .build();
    SmokeTestResult bad = SmokeTestResult.builder().from(ok).exitCode(2).build();
    SmokeTestResult skipped =
        SmokeTestResult.builder()
            .ran(false)
            .via(SmokeTestRunner.none())
            .skipReason("no qemu")
            .build();

    assertThat(ok.failed()).isFalse();
    assertThat(bad.failed()).isTrue();
    assertThat(skipped.failed()).isFalse();
    assertThat(ok.toString()).isEqualTo("exit 0 after 12 ms via native");
    assertThat(skipped.toString()).isEqualTo("skipped: no qemu");
  }
}
