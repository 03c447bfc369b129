package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.binary.Fixtures;
import io.github.gocrossbuild.binary.GoBinary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link VerificationException}. */
class VerificationExceptionTest {

  @Test
  void shouldNameArtifactAndEachProblemInOneParagraph() {
    GoBinary b = Fixtures.read(Fixtures.LINUX_ARM_V6);
    List<VerificationProblem> problems = List.of(VerificationProblem.of("GOARM", "7", "6"),
        VerificationProblem.of("CGO_ENABLED", "1", "0"));

    VerificationException e = new VerificationException(Path.of("bin/app"), b, problems);

    assertThat(e.getMessage()).isEqualTo("bin/app is not the artifact that was asked for: GOARM:"
        + " expected 7, found 6; CGO_ENABLED: expected 1, found 0. The file is hello-linux-arm-6:"
        + " ELF 32-bit LSB linux/arm, statically linked, not stripped, with DWARF, Go go1.23.5.");
    assertThat(e.problems()).isEqualTo(problems);
    assertThat(e.binary()).isSameAs(b);
    assertThat(e.artifact()).isEqualTo(Path.of("bin/app"));
    assertThat(e).isInstanceOf(GoCrossBuildException.class);
  }
}
