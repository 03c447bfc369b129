package io.github.gocrossbuild.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests for {@link DottedVersions}. */
class DottedVersionsTest {

  @Test
  void shouldCompareVersionsNumerically() {
    assertThat(DottedVersions.compare("1.21.10", "1.21.9")).isPositive();
    assertThat(DottedVersions.compare("1.23rc1", "1.23")).isZero();
    assertThat(DottedVersions.compare("2.28", "2.34")).isNegative();
  }
}
