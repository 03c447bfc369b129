package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.SmokeTestRunner.Kind;
import org.junit.jupiter.api.Test;

/** Tests for {@link SmokeTestRunner}. */
class SmokeTestRunnerTest {

  @Test
  void shouldNameEachKindOfRunAsTheResultShowsIt() {
    assertThat(SmokeTestRunner.nativeRun()).isEqualTo(new SmokeTestRunner(Kind.NATIVE, "native"));
    assertThat(SmokeTestRunner.none().name()).isEqualTo("none");
    assertThat(SmokeTestRunner.emulator("qemu-aarch64-static").kind()).isEqualTo(Kind.EMULATOR);
    assertThat(SmokeTestRunner.ssh("pi@b:22")).hasToString("ssh pi@b:22");
    assertThat(SmokeTestRunner.ssh("pi@b:22").kind()).isEqualTo(Kind.SSH);
  }

  @Test
  void shouldGiveTheResultBothTheTypedRunnerAndItsName() {
    SmokeTestResult r =
        SmokeTestResult.builder()
            .ran(true)
            .exitCode(0)
            .via(SmokeTestRunner.emulator("qemu-arm"))
            .build();

    assertThat(r.via().kind()).isEqualTo(Kind.EMULATOR);
    assertThat(r.runner()).isEqualTo("qemu-arm");
  }

  @Test
  void shouldRefuseANameThatDoesNotFitTheKind() {
    assertThatThrownBy(() -> new SmokeTestRunner(Kind.NATIVE, "qemu-arm"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name: \"qemu-arm\" is not a runner of kind NATIVE");
    assertThatThrownBy(() -> new SmokeTestRunner(Kind.SSH, "pi@b:22"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name: \"pi@b:22\" is not a runner of kind SSH");
    assertThatThrownBy(() -> SmokeTestRunner.emulator(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name: \" \" is not a runner of kind EMULATOR");
  }
}
