package io.github.gocrossbuild.internal.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.InvalidBinaryException;
import io.github.gocrossbuild.binary.Fixtures;
import io.github.gocrossbuild.binary.GoBinary;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Tests for {@link ArtifactProof}: nothing it reports names the temporary file. */
class ArtifactProofTest {

  @Test
  void shouldReportTheFinalPathForTheTemporaryFile() throws Exception {
    Path dir = Files.createDirectories(Path.of("target/artifact-proof"));
    Path artifact = dir.resolve("app-linux-arm64");
    Path tmp = AtomicFiles.temporaryFor(artifact);
    Files.copy(Fixtures.path(Fixtures.LINUX_ARM64), tmp);
    try {
      GoBinary b = ArtifactProof.readAs(artifact, tmp);

      assertThat(b.path()).isEqualTo(artifact);
      assertThat(b.toString()).startsWith("app-linux-arm64: ELF 64-bit LSB linux/arm64");
      assertThat(b.describe()).startsWith(artifact + " (").doesNotContain(".tmp");
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Test
  void shouldNameOnlyTheFinalPathWhenTheFileCannotBeRead() throws Exception {
    Path dir = Files.createDirectories(Path.of("target/artifact-proof"));
    Path artifact = dir.resolve("app-linux-amd64");
    Path tmp = Files.write(AtomicFiles.temporaryFor(artifact), new byte[0]);
    try {
      assertThatThrownBy(() -> ArtifactProof.readAs(artifact, tmp))
          .isInstanceOfSatisfying(
              InvalidBinaryException.class,
              e -> {
                assertThat(e.getMessage()).isEqualTo(artifact + ": the file is empty");
                assertThat(e.file()).isEqualTo(artifact);
                assertThat(e.getCause()).isNull();
              });
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Test
  void shouldRelabelEverySliceOfAFatFile() {
    GoBinary slice = Fixtures.read(Fixtures.CROSS.get(14));
    GoBinary fat = GoBinary.builder().from(slice).addSlices(slice, slice).build();

    GoBinary relabelled = ArtifactProof.relabel(fat, Path.of("bin/app-darwin"));

    assertThat(relabelled.path()).isEqualTo(Path.of("bin/app-darwin"));
    assertThat(relabelled.slices())
        .extracting(GoBinary::path)
        .containsExactly(Path.of("bin/app-darwin"), Path.of("bin/app-darwin"));
  }
}
