package io.github.gocrossbuild.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link ConfigTemplates}: what the library writes validates with no issues. */
class ConfigTemplatesTest {
  private static final List<Target> TARGETS =
      List.of(
          Target.parse("linux/arm64"),
          Target.parse("linux/arm/v7"),
          Target.parse("windows/amd64"),
          Target.parse("linux/amd64/v3"));

  @Test
  void shouldWriteTasksJsonThatValidatesWithoutIssues() {
    String tasks = ConfigTemplates.tasksJson(TARGETS, "./cmd/app", "bin/app");

    ValidationReport report = ConfigValidator.standard().validate(ConfigKind.VSCODE_TASKS, tasks);

    assertThat(report.issues()).isEmpty();
    assertThat(tasks)
        .contains(
            "\"label\": \"go build linux/arm/v7\"",
            "\"args\": [\"build\", \"-trimpath\", \"-o\", \"bin/app-windows-amd64.exe\", \"./cmd/app\"]",
            "\"GOARM\": \"7\"",
            "\"GOAMD64\": \"v3\"");
  }

  @Test
  void shouldWriteGoreleaserBuildThatValidatesWithoutIssues() {
    String yaml = ConfigTemplates.goreleaserYaml("app", "./cmd/app", TARGETS);

    ValidationReport report = ConfigValidator.standard().validate(ConfigKind.GORELEASER, yaml);

    assertThat(report.issues()).isEmpty();
    assertThat(yaml)
        .contains(
            "      - 'linux_arm_7'\n",
            "      - 'linux_amd64_v3'\n",
            "    mod_timestamp: '{{ .CommitTimestamp }}'\n");
  }

  @Test
  void shouldRejectAnEmptyTargetList() {
    assertThatThrownBy(() -> ConfigTemplates.tasksJson(List.of(), ".", "app"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("targets must not be empty");
  }
}
