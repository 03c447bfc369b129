package io.github.gocrossbuild.internal.toolchain.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.Target;
import org.junit.jupiter.api.Test;

/** Tests for {@link GoDistributions}. */
class GoDistributionsTest {

  @Test
  void shouldNameArchivesAsTheOfficialSiteDoes() {
    assertThat(GoDistributions.archiveName("go1.23.5", Target.parse("linux/arm64")))
        .isEqualTo("go1.23.5.linux-arm64.tar.gz");
    assertThat(GoDistributions.archiveName("go1.23.5", Target.parse("windows/386")))
        .isEqualTo("go1.23.5.windows-386.zip");
    assertThat(GoDistributions.archiveName("go1.24rc1", Target.parse("darwin/arm64")))
        .isEqualTo("go1.24rc1.darwin-arm64.tar.gz");
  }

  @Test
  void shouldNormalizeVersions() {
    assertThat(GoDistributions.normalize("1.23.5")).isEqualTo("go1.23.5");
    assertThat(GoDistributions.normalize(" go1.22 ")).isEqualTo("go1.22");
  }
}
