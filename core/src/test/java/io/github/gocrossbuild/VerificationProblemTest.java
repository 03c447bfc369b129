package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests for {@link VerificationProblem}. */
class VerificationProblemTest {

  @Test
  void shouldFormatExpectedAndActual() {
    VerificationProblem p = VerificationProblem.of("GOARCH", "arm64", "amd64");

    assertThat(p.toString()).isEqualTo("GOARCH: expected arm64, found amd64");
    assertThat(p).isEqualTo(VerificationProblem.of("GOARCH", "arm64", "amd64"));
  }
}
