package io.github.gocrossbuild.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link TreeRisks}: inputs of go build that the source tree digest skips. */
class TreeRisksTest {
  @TempDir Path module;
  private Path out;

  @BeforeEach
  void setUp() throws IOException {
    out = module.resolve("bin");
    Files.createDirectories(module.resolve("static"));
    Files.writeString(module.resolve("go.mod"), "module example.com/app\n\ngo 1.21\n");
    Files.writeString(module.resolve("static/index.html"), "<p>hi</p>\n");
  }

  private void embed(String pattern) throws IOException {
    Files.writeString(
        module.resolve("main.go"),
        "package main\n\nimport \"embed\"\n\n//go:embed " + pattern + "\nvar files embed.FS\n");
  }

  @Test
  void shouldAcceptADirectoryEmbedWhoseHiddenFilesGoSkipsToo() throws IOException {
    Files.writeString(module.resolve("static/.env"), "SECRET=1\n");
    embed("static");
    assertThat(TreeRisks.of(module, out)).isEmpty();
  }

  @Test
  void shouldRefuseEmbedsThatReachHiddenFiles() throws IOException {
    embed("all:static");
    assertThat(TreeRisks.of(module, out))
        .contains("main.go embeds all:static, which may match files the source tree digest skips");
    embed("static/*");
    assertThat(TreeRisks.of(module, out)).isEmpty();
    Files.writeString(module.resolve("static/_draft.html"), "x\n");
    assertThat(TreeRisks.of(module, out))
        .contains("main.go embeds static/*, which may match files the source tree digest skips");
    embed("\"static/.well-known\"");
    assertThat(TreeRisks.of(module, out))
        .contains(
            "main.go embeds static/.well-known, which may match files the source tree digest"
                + " skips");
  }

  @Test
  void shouldRefuseASymbolicLink() throws IOException {
    Path elsewhere = Files.writeString(module.resolveSibling("other.go"), "package main\n");
    Files.createSymbolicLink(module.resolve("linked.go"), elsewhere);
    assertThat(TreeRisks.of(module, out))
        .contains("linked.go is a symbolic link, which the source tree digest does not follow");
  }
}
