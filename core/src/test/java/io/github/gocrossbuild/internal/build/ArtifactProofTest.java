package io.github.gocrossbuild.internal.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.InvalidBinaryException;
import io.github.gocrossbuild.binary.FatMachO;
import io.github.gocrossbuild.binary.Fixtures;
import io.github.gocrossbuild.binary.GoBinary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  void shouldReportTheFinalPathForEverySliceOfAFatFile() throws Exception {
    Path dir = Files.createDirectories(Path.of("target/artifact-proof"));
    Path artifact = dir.resolve("app-darwin");
    Path tmp =
        FatMachO.create(
            AtomicFiles.temporaryFor(artifact),
            List.of(Fixtures.path(Fixtures.CROSS.get(13)), Fixtures.path(Fixtures.CROSS.get(14))));
    try {
      GoBinary fat = ArtifactProof.readAs(artifact, tmp);

      assertThat(fat.path()).isEqualTo(artifact);
      assertThat(fat.slices()).hasSize(2).extracting(GoBinary::path).containsOnly(artifact);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Test
  void shouldNameOnlyTheFinalPathWhenTheFileIsGone() {
    Path artifact = Path.of("target/artifact-proof/app-linux-386");
    Path tmp = AtomicFiles.temporaryFor(artifact);

    assertThatThrownBy(() -> ArtifactProof.readAs(artifact, tmp))
        .isInstanceOfSatisfying(
            InvalidBinaryException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo(artifact + ": no such file");
              assertThat(e.file()).isEqualTo(artifact);
            });
  }

  @Test
  void shouldGiveEachTemporaryPathItsOwnHiddenName() {
    Path artifact = Path.of("bin/app-linux-arm64");

    Path first = AtomicFiles.temporaryFor(artifact);
    Path second = AtomicFiles.temporaryFor(artifact);

    assertThat(first).isNotEqualTo(second);
    assertThat(first.getParent()).isEqualTo(artifact.getParent());
    assertThat(first.getFileName().toString())
        .matches("\\.app-linux-arm64\\.[0-9a-f]{16}-[0-9]+\\.tmp");
  }
}
