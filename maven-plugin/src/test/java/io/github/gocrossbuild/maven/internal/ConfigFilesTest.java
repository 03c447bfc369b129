package io.github.gocrossbuild.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link ConfigFiles}. */
class ConfigFilesTest {
  @TempDir Path tmp;

  @Test
  void shouldFindKnownConfigFilesAndSkipBuildOutputAndDependencies() throws IOException {
    Path tasks = write(".vscode/tasks.json");
    Path goreleaser = write(".goreleaser.yaml");
    Path devcontainer = write("sub/.devcontainer/devcontainer.json");
    write("target/.vscode/tasks.json");
    write("node_modules/x/.vscode/tasks.json");
    write(".git/.vscode/settings.json");
    write("README.json");

    assertThat(ConfigFiles.under(tmp)).containsExactly(goreleaser, tasks, devcontainer);
  }

  private Path write(String relative) throws IOException {
    Path f = tmp.resolve(relative);
    Files.createDirectories(f.getParent());
    return Files.writeString(f, "{}");
  }
}
