package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link ReproducibilityException}'s two messages. */
class ReproducibilityExceptionTest {
  private static final Target ARM64 = Target.parse("linux/arm64");

  @Test
  void shouldSayTheBytesDifferWhenTheDigestsDo() {
    ReproducibilityException e =
        new ReproducibilityException(
            ARM64, "local", "aa", "ci@h:22", "bb", List.of("build ID: x on local, y on ci@h:22"));

    assertThat(e.getMessage())
        .isEqualTo(
            "linux/arm64 is not reproducible: local and ci@h:22 built different bytes (SHA-256 aa"
                + " on local, bb on ci@h:22):"
                + System.lineSeparator()
                + "  build ID: x on local, y on ci@h:22");
  }

  @Test
  void shouldSayTheStatementsDisagreeWhenTheBytesAgree() {
    ReproducibilityException e =
        new ReproducibilityException(
            ARM64,
            "local",
            "aa",
            "ci@h:22",
            "aa",
            List.of("externalParameters.cgo: true on local, false on ci@h:22"));

    assertThat(e.getMessage())
        .isEqualTo(
            "linux/arm64: local and ci@h:22 built the same bytes (SHA-256 aa), but their"
                + " provenance statements disagree:"
                + System.lineSeparator()
                + "  externalParameters.cgo: true on local, false on ci@h:22");
    assertThat(e.sha256()).isEqualTo(e.otherSha256());
  }
}
