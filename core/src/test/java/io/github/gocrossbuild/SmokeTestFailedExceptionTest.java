package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Tests for {@link SmokeTestFailedException}. */
class SmokeTestFailedExceptionTest {

  @Test
  void shouldCarryResultAndNameCommandAndOutput() {
    SmokeTestResult r =
        SmokeTestResult.builder()
            .ran(true)
            .timedOut(true)
            .via(SmokeTestRunner.emulator("qemu-arm"))
            .addCommand("/usr/bin/qemu-arm", "/w/app")
            .output("waiting\n")
            .build();

    SmokeTestFailedException e = new SmokeTestFailedException(Path.of("app"), r, "timed out");

    assertThat(e.getMessage())
        .isEqualTo(
            "app: smoke test timed out (/usr/bin/qemu-arm /w/app via"
                + " qemu-arm), output:\nwaiting");
    assertThat(e.result()).isSameAs(r);
    assertThat(e.output()).isEqualTo("waiting\n");
    assertThat(e.exitCode()).isEmpty();
    assertThat(e).isInstanceOf(GoCrossBuildException.class);
  }
}
