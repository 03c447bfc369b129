package io.github.gocrossbuild.internal.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link SourceTree}: the digest is in-toto's {@code dirHash}, checked against the shell
 * command its specification gives, run on the files the go command reads.
 */
class SourceTreeTest {
  @TempDir Path tmp;

  private void write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void shouldMatchTheDirHashOfTheSpecOverTheFilesGoReads() throws Exception {
    write("go.mod", "module example.com/m\n");
    write("main.go", "package main\n");
    write("internal/x/x.go", "package x\n");
    write("static/index.html", "<p>embedded</p>\n");
    write("main_test.go", "package main\n");
    write("testdata/big.bin", "x");
    write(".git/HEAD", "ref");
    write("_scratch/a.go", "package a\n");
    write("tools/go.mod", "module example.com/tools\n");
    write("tools/t.go", "package tools\n");
    write("bin/app", "binary");

    SourceTree t = SourceTree.of(tmp, Optional.of(tmp.resolve("bin")));

    Process p =
        new ProcessBuilder(
                List.of(
                    "sh",
                    "-c",
                    "printf '%s\\n' go.mod main.go internal/x/x.go static/index.html"
                        + " | LC_ALL=C sort | xargs -r sha256sum | sha256sum | cut -f1 -d' '"))
            .directory(tmp.toFile())
            .start();
    String expected = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor()).isZero();
    assertThat(t.dirHash()).isEqualTo(expected);
    assertThat(t.files()).isEqualTo(4);
  }
}
