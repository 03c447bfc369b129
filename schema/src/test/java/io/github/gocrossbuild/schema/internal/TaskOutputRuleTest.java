package io.github.gocrossbuild.schema.internal;

import static io.github.gocrossbuild.schema.Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.schema.ConfigKind;
import io.github.gocrossbuild.schema.ValidationReport;
import org.junit.jupiter.api.Test;

/** Tests for {@link TaskOutputRule}. */
class TaskOutputRuleTest {

  @Test
  void shouldReportAnOutputNamedForAnotherPlatformThanTheEnvironmentBuilds() {
    ValidationReport report =
        validate(
            ConfigKind.VSCODE_TASKS,
            "{\"version\": \"2.0.0\",",
            "\"tasks\": [{\"label\": \"arm\", \"type\": \"shell\",",
            " \"command\": \"go build -trimpath -o ./bin/app-linux-arm64 ./cmd/app\",",
            " \"options\": {\"env\": {\"GOOS\": \"linux\", \"GOARCH\": \"amd64\"}}}]",
            "}");

    assertThat(report.toString())
        .isEqualTo(
            "tasks.json:3:13: error [tasks.output-name-target] The output \"./bin/app-linux-arm64\""
                + " is named for linux/arm64 but options.env builds for linux/amd64, so the file"
                + " will hold a binary for another platform than its name says; make the name and"
                + " GOOS/GOARCH agree.");
  }

  @Test
  void shouldTakeTheTopLevelEnvironmentAndArgumentListsIntoAccount() {
    ValidationReport report =
        validate(
            ConfigKind.VSCODE_TASKS,
            "{\"version\": \"2.0.0\",",
            "\"options\": {\"env\": {\"GOARCH\": \"arm64\"}},",
            "\"tasks\": [{\"label\": \"win\", \"type\": \"process\", \"command\": \"go\",",
            " \"args\": [\"build\", \"-o\", \"dist/app_windows_amd64.exe\", \".\"]},",
            " {\"label\": \"pi\", \"type\": \"process\", \"command\": \"go\",",
            " \"args\": [\"build\", \"-o=dist/linux/arm64/app\", \".\"],",
            "  \"options\": {\"env\": {\"GOOS\": \"linux\"}}}]",
            "}");

    assertThat(report.toString())
        .isEqualTo(
            "tasks.json:4:26: error [tasks.output-name-target] The output"
                + " \"dist/app_windows_amd64.exe\" is named for windows/amd64 but options.env sets"
                + " GOARCH without GOOS, which then comes from the machine the task runs on; add"
                + " \"GOOS\": \"windows\" to options.env.");
  }

  @Test
  void shouldLeaveMatchingNativeVariableAndNonBuildTasksAlone() {
    ValidationReport report =
        validate(
            ConfigKind.VSCODE_TASKS,
            "{\"version\": \"2.0.0\",",
            "\"tasks\": [",
            " {\"label\": \"ok\", \"command\": \"go build -o bin/app-linux-arm64\",",
            "  \"options\": {\"env\": {\"GOOS\": \"linux\", \"GOARCH\": \"arm64\"}}},",
            " {\"label\": \"native\", \"command\": \"go build -o bin/app-windows-amd64.exe\"},",
            " {\"label\": \"picked\", \"command\": \"go build -o bin/app-linux-arm64\",",
            "  \"options\": {\"env\": {\"GOOS\": \"linux\", \"GOARCH\": \"${input:arch}\"}}},",
            " {\"label\": \"copy\", \"command\": \"cp -o bin/app-linux-arm64 /srv\",",
            "  \"options\": {\"env\": {\"GOOS\": \"linux\", \"GOARCH\": \"amd64\"}}},",
            " {\"label\": \"plain\", \"command\": \"go build -o bin/app\",",
            "  \"options\": {\"env\": {\"GOOS\": \"linux\", \"GOARCH\": \"amd64\"}}}]",
            "}");

    assertThat(report.issues()).isEmpty();
  }

  @Test
  void shouldReadPlatformsFromTheWordsOfAPath() {
    assertThat(TaskOutputRule.platformOf("bin/hello-service-linux-arm-v7"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("linux", "arm"));
    assertThat(TaskOutputRule.platformOf("out\\app_darwin_arm64")).isPresent();
    assertThat(TaskOutputRule.platformOf("bin/linux-tools")).isEmpty();
    assertThat(TaskOutputRule.platformOf("bin/app-aarch64")).isEmpty();
  }
}
