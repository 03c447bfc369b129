package io.github.gocrossbuild.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Tests for {@link ConfigKind}. */
class ConfigKindTest {

  @Test
  void shouldDetectEveryKindFromItsUsualLocation() {
    assertThat(ConfigKind.detect(Path.of("p/.vscode/settings.json")))
        .contains(ConfigKind.VSCODE_SETTINGS);
    assertThat(ConfigKind.detect(Path.of("ws/Go.Code-Workspace")))
        .contains(ConfigKind.VSCODE_WORKSPACE);
    assertThat(ConfigKind.detect(Path.of(".vscode/tasks.json"))).contains(ConfigKind.VSCODE_TASKS);
    assertThat(ConfigKind.detect(Path.of(".vscode/launch.json")))
        .contains(ConfigKind.VSCODE_LAUNCH);
    assertThat(ConfigKind.detect(Path.of(".devcontainer/go/devcontainer.json")))
        .contains(ConfigKind.DEVCONTAINER);
    assertThat(ConfigKind.detect(Path.of(".devcontainer.json"))).contains(ConfigKind.DEVCONTAINER);
    assertThat(ConfigKind.detect(Path.of("fn/host.json")))
        .contains(ConfigKind.AZURE_FUNCTIONS_HOST);
    assertThat(ConfigKind.detect(Path.of("ci/.goreleaser.yml"))).contains(ConfigKind.GORELEASER);
    assertThat(ConfigKind.detect(Path.of("goreleaser.yaml"))).contains(ConfigKind.GORELEASER);
  }

  @Test
  void shouldNotGuessVscodeFilesOutsideVscodeFolderOrUnknownNames() {
    assertThat(ConfigKind.detect(Path.of("settings.json"))).isEmpty();
    assertThat(ConfigKind.detect(Path.of("config/tasks.json"))).isEmpty();
    assertThat(ConfigKind.detect(Path.of("go.env"))).isEmpty();
    assertThat(ConfigKind.detect(Path.of("/"))).isEmpty();
  }

  @Test
  void shouldListAllAcceptedNames() {
    assertThat(ConfigKind.allAcceptedNames())
        .isEqualTo(
            ".vscode/settings.json,"
                + " *.code-workspace, .vscode/tasks.json, .vscode/launch.json, devcontainer.json, .devcontainer.json,"
                + " .devcontainer/**/devcontainer.json, host.json, .goreleaser.yaml, .goreleaser.yml,"
                + " goreleaser.yaml, goreleaser.yml");
    assertThat(ConfigKind.GORELEASER.fileName()).isEqualTo(".goreleaser.yaml");
  }
}
