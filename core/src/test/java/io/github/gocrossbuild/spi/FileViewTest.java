package io.github.gocrossbuild.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link FileView#local()}. */
class FileViewTest {
  @TempDir Path tmp;

  @Test
  void shouldTellKindsAndExecutablesOfThisMachine() throws IOException {
    FileView files = FileView.local();
    Path f = Files.writeString(tmp.resolve("f"), "x");
    Path x = Files.writeString(tmp.resolve("x"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(x, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(files.kind(f.toString())).isEqualTo(FileView.Kind.FILE);
    assertThat(files.kind(tmp.toString())).isEqualTo(FileView.Kind.DIRECTORY);
    assertThat(files.kind(tmp.resolve("none").toString())).isEqualTo(FileView.Kind.MISSING);
    assertThat(files.kind("/dev/null")).isEqualTo(FileView.Kind.OTHER);
    assertThat(files.kind("bad\0path")).isEqualTo(FileView.Kind.MISSING);
    assertThat(files.isExecutable(x.toString())).isTrue();
    assertThat(files.isExecutable(f.toString())).isFalse();
    assertThat(files.isExecutable(tmp.toString())).isFalse();
    assertThat(files.describe(f.toString())).isEqualTo(f.toString());
  }

  @Test
  void shouldReadAtMostOneByteOverTheLimit() throws IOException {
    FileView files = FileView.local();
    Path f = Files.writeString(tmp.resolve("f"), "0123456789");
    assertThat(files.read(f.toString(), 100)).hasSize(10);
    assertThat(files.read(f.toString(), 4)).containsExactly('0', '1', '2', '3', '4');
    assertThatThrownBy(() -> files.read(tmp.resolve("none").toString(), 4))
        .isInstanceOf(NoSuchFileException.class);
  }
}
