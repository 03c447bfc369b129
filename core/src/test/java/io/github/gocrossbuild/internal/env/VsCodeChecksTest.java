package io.github.gocrossbuild.internal.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.config.VsCodeSettings;
import io.github.gocrossbuild.config.VsCodeTask;
import io.github.gocrossbuild.env.EnvFinding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests for {@link VsCodeChecks}. */
class VsCodeChecksTest {

  private static VsCodeTask task(String command, Map<String, String> ignored) {
    return VsCodeTask.builder()
        .label("build")
        .type("shell")
        .command(command)
        .line(7)
        .ignoredEnv(ignored)
        .build();
  }

  @Test
  void shouldFlagTaskLevelEnvWithFileLineAndFix() {
    EnvFinding f =
        VsCodeChecks.taskEnvIgnored("tasks.json", task("go build", Map.of("GOARCH", "arm64")))
            .orElseThrow();
    assertThat(f.id()).isEqualTo("env.task-env-ignored");
    assertThat(f.severity()).isEqualTo(EnvFinding.Severity.ERROR);
    assertThat(f.message())
        .isEqualTo(
            "Task \"build\" (tasks.json:7) has \"env\": {GOARCH=arm64}"
                + " directly on the task; VS Code ignores it and runs the task with the parent"
                + " environment. Move it into \"options\": {\"env\": {...}}.");
    assertThat(
            VsCodeChecks.taskEnvIgnored("tasks.json", task("go build", Map.of("FOO", "1")))
                .orElseThrow()
                .severity())
        .isEqualTo(EnvFinding.Severity.WARNING);
    assertThat(VsCodeChecks.taskEnvIgnored("tasks.json", task("go build", Map.of()))).isEmpty();
  }

  @Test
  void shouldFlagATargetInToolsEnvVars() {
    VsCodeSettings s =
        VsCodeSettings.builder()
            .file("settings.json")
            .toolsEnvVars(Map.of("GOOS", "linux"))
            .build();
    EnvFinding f = VsCodeChecks.toolsEnvTarget(s).orElseThrow();
    assertThat(f.id()).isEqualTo("env.tools-env-target");
    assertThat(f.variable()).contains("GOOS");
    assertThat(VsCodeChecks.toolsEnvTarget(VsCodeSettings.empty())).isEmpty();
  }

  @Test
  void shouldListTheFlagsOfAGoCommandLineOnly() {
    assertThat(
            VsCodeChecks.commandFlags(
                task(
                    "go build -o ./bin/app -ldflags='-s -w'" + " --trimpath -tags=netgo",
                    Map.of())))
        .containsExactly("-o", "-ldflags", "-trimpath", "-tags");
    assertThat(VsCodeChecks.commandFlags(task("make -j4", Map.of()))).isEmpty();
  }

  @Test
  void shouldSplitCommandLinesLikeAShell() {
    assertThat(VsCodeChecks.shellWords("go build -ldflags='-s -w' \"-o\" a\" b\"c  "))
        .containsExactly("go", "build", "-ldflags=-s -w", "-o", "a bc");
  }

  @Test
  void shouldReportUnresolvedVariablesAndMissingFiles() {
    assertThat(
            VsCodeChecks.unresolved("task", List.of("${input:x}", "${input:x}"))
                .orElseThrow()
                .message())
        .isEqualTo(
            "task uses ${input:x}, which VS Code resolves only"
                + " interactively or from the editor; the value is shown as written.");
    assertThat(VsCodeChecks.missingFiles("debug", List.of("/a.env")).orElseThrow().id())
        .isEqualTo("env.env-file-missing");
    assertThat(VsCodeChecks.unresolved("t", List.of())).isEmpty();
    assertThat(VsCodeChecks.missingFiles("t", List.of())).isEmpty();
  }
}
