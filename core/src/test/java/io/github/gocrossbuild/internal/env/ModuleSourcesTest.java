package io.github.gocrossbuild.internal.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link ModuleSources}. */
class ModuleSourcesTest {
  @TempDir Path module;

  private void write(String rel, String text) throws IOException {
    Path p = module.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void shouldChangeWhenAGoFileIsAddedOrWrittenOrGoModChanges() throws IOException {
    write("go.mod", "module example.com/m\n");
    write("main.go", "package main\n");
    String first = ModuleSources.fingerprint(module);
    assertThat(ModuleSources.fingerprint(module)).isEqualTo(first);

    write("pkg/c.go", "package pkg\n");
    String added = ModuleSources.fingerprint(module);
    write("pkg/c.go", "package pkg\n\nimport \"C\"\n");
    String written = ModuleSources.fingerprint(module);
    write("go.mod", "module example.com/m\n\ngo 1.21\n");
    String modChanged = ModuleSources.fingerprint(module);

    assertThat(first).hasSize(64);
    assertThat(added).isNotEqualTo(first);
    assertThat(written).isNotEqualTo(added);
    assertThat(modChanged).isNotEqualTo(written);
  }

  @Test
  void shouldIgnoreWhatGoDoesNotBuildFromTheModule() throws IOException {
    write("go.mod", "module example.com/m\n");
    write("main.go", "package main\n");
    String before = ModuleSources.fingerprint(module);

    write("README.md", "text\n");
    write("testdata/x.go", "package x\n");
    write(".hidden/x.go", "package x\n");
    write("_skip/x.go", "package x\n");
    write("vendor/example.org/v/x.go", "package v\n");
    write("nested/go.mod", "module example.com/nested\n");
    write("nested/x.go", "package nested\n");
    write("pkg/go.mod.txt", "not a go.mod\n");

    assertThat(ModuleSources.fingerprint(module)).isEqualTo(before);
  }
}
