package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.binary.Fixtures;
import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.testing.RealTools;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link VerificationException}. */
class VerificationExceptionTest {

  @Test
  void shouldNameArtifactAndEachProblemInOneParagraph() {
    GoBinary b = Fixtures.read(Fixtures.LINUX_ARM_V6);
    List<VerificationProblem> problems =
        List.of(
            VerificationProblem.variant("GOARM", "7", "6"),
            VerificationProblem.buildSetting("CGO_ENABLED", "1", "0"));

    VerificationException e = new VerificationException(Path.of("bin/app"), b, problems);

    assertThat(e.getMessage())
        .isEqualTo(
            "bin/app is not the artifact that was asked for: GOARM:"
                + " expected 7, found 6; build setting CGO_ENABLED: expected 1, found 0. The file is"
                + " ELF 32-bit"
                + " LSB linux/arm, statically linked, not stripped, with DWARF, Go "
                + RealTools.goVersion()
                + ".");
    assertThat(e.problems()).isEqualTo(problems);
    assertThat(e.binary()).isSameAs(b);
    assertThat(e.artifact()).isEqualTo(Path.of("bin/app"));
    assertThat(e).isInstanceOf(GoCrossBuildException.class);
  }

  @Test
  void shouldNotNameTheTemporaryFileTheReportWasReadFrom() {
    GoBinary fromTemp =
        GoBinary.builder()
            .from(Fixtures.read(Fixtures.LINUX_ARM64))
            .path(Path.of("bin/.app-linux-arm64.0b5e5a4c-1d2e-4f00-9a7b-3c2d1e0f9a8b.tmp"))
            .build();

    VerificationException e =
        new VerificationException(
            Path.of("bin/app-linux-arm64"),
            fromTemp,
            List.of(VerificationProblem.of(VerifiedProperty.GOARCH, "amd64", "arm64")));

    assertThat(e.getMessage())
        .isEqualTo(
            "bin/app-linux-arm64 is not the artifact that was asked"
                + " for: GOARCH: expected amd64, found arm64. The file is ELF 64-bit LSB linux/arm64,"
                + " statically linked, not stripped, with DWARF, Go "
                + RealTools.goVersion()
                + ".");
  }
}
