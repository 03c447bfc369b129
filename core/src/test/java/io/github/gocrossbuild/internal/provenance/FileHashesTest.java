package io.github.gocrossbuild.internal.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.internal.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link FileHashes}: remembered only for files older than two seconds, like Go. */
class FileHashesTest {
  @TempDir Path tmp;

  @Test
  void shouldNotRememberAFileWrittenJustNow() throws IOException {
    Path f = tmp.resolve("main.go");
    Files.writeString(f, "aaaa");
    FileTime t = Files.getLastModifiedTime(f);
    String first = FileHashes.sha256(f);
    Files.writeString(f, "bbbb");
    Files.setLastModifiedTime(f, t); // same size, same time: only a fresh hash tells

    assertThat(FileHashes.sha256(f)).isNotEqualTo(first).isEqualTo(Sha256.of(f));
  }

  @Test
  void shouldRememberAnOlderFileUntilItsTimeOrSizeChanges() throws IOException {
    Path f = tmp.resolve("util.go");
    Files.writeString(f, "aaaa");
    Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(60)));
    String first = FileHashes.sha256(f);
    Files.writeString(f, "bbbb");

    assertThat(FileHashes.sha256(f)).isNotEqualTo(first).isEqualTo(Sha256.of(f));
  }
}
