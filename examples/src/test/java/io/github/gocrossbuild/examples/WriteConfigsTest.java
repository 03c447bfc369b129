package io.github.gocrossbuild.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.config.ConfigFileReport;
import io.github.gocrossbuild.config.ConfigFileStatus;
import io.github.gocrossbuild.config.ConfigWriteReport;
import io.github.gocrossbuild.schema.ConfigValidator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link WriteConfigs}: the files are written, valid, and a second run is a no-op. */
class WriteConfigsTest {
  @TempDir Path workspace;

  @Test
  void shouldWriteValidFilesOnceAndChangeNothingTheSecondTime() {
    Path module = Path.of("go/hello-service");

    ConfigWriteReport first = WriteConfigs.write(module, workspace);
    ConfigWriteReport second = WriteConfigs.write(module, workspace);

    assertThat(first.files()).hasSize(7).allMatch(f -> f.status() == ConfigFileStatus.CREATED);
    assertThat(second.files()).allMatch(f -> f.status() == ConfigFileStatus.UNCHANGED);
    // local.settings.json is Core Tools' file, with no schema of its own here.
    for (ConfigFileReport f : first.files().subList(0, 6)) {
      assertThat(ConfigValidator.standard().validate(f.file()).issues())
          .as(f.file().toString())
          .isEmpty();
    }
    assertThat(first.toString())
        .startsWith("CREATED   " + workspace.toAbsolutePath().normalize() + "/.vscode/tasks.json");
  }
}
