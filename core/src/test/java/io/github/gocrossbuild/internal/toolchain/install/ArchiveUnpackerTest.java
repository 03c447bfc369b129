package io.github.gocrossbuild.internal.toolchain.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link ArchiveUnpacker} with Windows-style zip archives. */
class ArchiveUnpackerTest {
  @TempDir Path tmp;

  @Test
  void shouldUnpackAZipDistribution() throws IOException {
    Path zip = zip("go/", "go/bin/", "go/bin/go.exe", "go/VERSION");
    Path dest = Files.createDirectory(tmp.resolve("dest"));
    ArchiveUnpacker.unpack(zip, dest, 1 << 20);
    assertThat(dest.resolve("go/bin/go.exe")).hasContent("go/bin/go.exe");
    assertThat(dest.resolve("go/VERSION")).hasContent("go/VERSION");
  }

  @Test
  void shouldRefuseZipEntriesClimbingOutOrWithDrives() throws IOException {
    Path dest = Files.createDirectory(tmp.resolve("dest"));
    assertThatThrownBy(() -> ArchiveUnpacker.unpack(zip("go/", "go\\..\\..\\evil"), dest, 1 << 20))
        .isInstanceOf(ArchiveRefusedException.class)
        .hasMessage("entry go\\..\\..\\evil climbs out of the target directory (..)");
    assertThatThrownBy(() -> ArchiveUnpacker.unpack(zip("C:/Windows/evil"), dest, 1 << 20))
        .isInstanceOf(ArchiveRefusedException.class)
        .hasMessage("entry C:/Windows/evil has an absolute path");
    assertThat(tmp.resolve("evil")).doesNotExist();
  }

  @Test
  void shouldCheckWithoutWriting() throws IOException {
    Path zip = zip("go/", "go/bin/go.exe");
    ArchiveUnpacker.check(zip, 1 << 20);
    assertThatThrownBy(() -> ArchiveUnpacker.check(zip("other/x"), 1 << 20))
        .isInstanceOf(ArchiveRefusedException.class)
        .hasMessage("entry other/x is not under go/: not a Go distribution");
  }

  /** A zip whose files hold their own names; names ending in / are directories. */
  private Path zip(String... names) throws IOException {
    Path file = Files.createTempFile(tmp, "go", ".zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (String n : names) {
        out.putNextEntry(new ZipEntry(n));
        if (!n.endsWith("/")) {
          out.write(n.getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
      }
    }
    return file;
  }
}
