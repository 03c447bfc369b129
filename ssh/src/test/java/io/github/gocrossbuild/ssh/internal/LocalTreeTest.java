package io.github.gocrossbuild.ssh.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link LocalTree}. */
class LocalTreeTest {

  @Test
  void shouldListSourcesWithHashesAndSkipJunkAndExcludedDirs(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("main.go"), "package main\n");
    Files.createDirectories(dir.resolve("pkg/a"));
    Files.writeString(dir.resolve("pkg/a/a.go"), "package a\n");
    Files.createDirectories(dir.resolve(".git/objects"));
    Files.writeString(dir.resolve(".git/HEAD"), "ref");
    Files.createDirectories(dir.resolve("out"));
    Files.writeString(dir.resolve("out/app"), "bin");
    Files.writeString(dir.resolve(".DS_Store"), "x");
    Files.writeString(dir.resolve("main.go~"), "x");
    Files.writeString(dir.resolve(".app-linux-arm64.1234.tmp"), "x");
    Files.createSymbolicLink(dir.resolve("link.go"), dir.resolve("main.go"));

    var tree = LocalTree.scan(dir, Set.of(dir.resolve("out")));

    assertThat(tree.keySet()).containsExactly("link.go", "main.go", "pkg/a/a.go");
    assertThat(tree.get("main.go").size()).isEqualTo(13);
    assertThat(tree.get("main.go").sha256())
        .isEqualTo("df1d036cbbf3df46e2045071e082245ece204c7f53ecf0a4e022bff9bb228f47");
    assertThat(tree.get("link.go").sha256()).isEqualTo(tree.get("main.go").sha256());
  }
}
