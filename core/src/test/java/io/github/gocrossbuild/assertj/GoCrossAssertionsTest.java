package io.github.gocrossbuild.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.binary.Fixtures;
import io.github.gocrossbuild.binary.GoBinary;
import org.junit.jupiter.api.Test;

/** Tests for {@link GoCrossAssertions}. */
class GoCrossAssertionsTest {

  @Test
  void shouldReturnBinaryAssertForBinary() {
    GoBinary b = Fixtures.read(Fixtures.LINUX_ARM64);

    assertThat(GoCrossAssertions.assertThat(b)).isInstanceOf(GoBinaryAssert.class);
    GoCrossAssertions.assertThat(b).isEqualTo(b);
  }
}
