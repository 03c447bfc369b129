package io.github.gocrossbuild.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Tests for {@link EnvFindingId}. */
class EnvFindingIdTest {

  @Test
  void shouldGiveEachConstantOneIdUnderEnv() {
    for (EnvFindingId id : EnvFindingId.values()) {
      assertThat(id.id()).startsWith("env.");
      assertThat(id).hasToString(id.id());
    }
    assertThat(Stream.of(EnvFindingId.values()).map(EnvFindingId::id)).doesNotHaveDuplicates();
  }

  @Test
  void shouldGiveAFindingItsTypedIdAndTheString() {
    EnvFinding f = EnvFinding.of(EnvFindingId.CGO_OFF_CROSS, EnvFinding.Severity.WARNING, "m.");

    assertThat(f.kind()).isEqualTo(EnvFindingId.CGO_OFF_CROSS);
    assertThat(f.id()).isEqualTo("env.cgo-off-cross");
  }
}
