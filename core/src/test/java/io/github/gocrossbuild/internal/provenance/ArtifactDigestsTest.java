package io.github.gocrossbuild.internal.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link ArtifactDigests}: a warm rebuild's unchanged inode is not read again. */
class ArtifactDigestsTest {
  @TempDir Path tmp;

  private static final String HELLO =
      "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

  /** Writes the artifact, records a made-up digest for it, and seeds {@code .app.tmp} from it. */
  private Path seeded(Path artifact, String content) throws IOException {
    Files.writeString(artifact, content);
    ArtifactDigests.record(artifact, "remembered");
    Path out = tmp.resolve(".app.tmp");
    Files.createLink(out, artifact);
    return out;
  }

  @Test
  void shouldReuseTheDigestWhenGoOnlyTouchedTheSeededInode() throws IOException {
    Path artifact = tmp.resolve("app");
    Path out = seeded(artifact, "hello");
    Optional<ArtifactDigests.Seen> seeded = ArtifactDigests.seen(out);
    Files.setLastModifiedTime(
        out, FileTime.from(Instant.now())); // what go does to an up-to-date file

    assertThat(ArtifactDigests.sha256(artifact, out, seeded)).isEqualTo("remembered");
  }

  @Test
  void shouldHashAfreshWhenGoWroteANewFileOrTheArtifactChangedInPlace() throws IOException {
    Path artifact = tmp.resolve("app");
    Path out = seeded(artifact, "hellO");
    Optional<ArtifactDigests.Seen> seeded = ArtifactDigests.seen(out);
    Files.delete(out);
    Files.writeString(out, "hello"); // a relink: a new inode renamed over the output

    assertThat(ArtifactDigests.sha256(artifact, out, seeded)).isEqualTo(HELLO);

    Files.delete(out);
    Files.writeString(artifact, "hello"); // changed in place since it was recorded
    Files.setLastModifiedTime(artifact, FileTime.from(Instant.now().plusSeconds(5)));
    Files.createLink(out, artifact);
    assertThat(ArtifactDigests.sha256(artifact, out, ArtifactDigests.seen(out))).isEqualTo(HELLO);
  }
}
