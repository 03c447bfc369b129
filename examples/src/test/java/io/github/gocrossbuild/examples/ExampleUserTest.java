package io.github.gocrossbuild.examples;

import static io.github.gocrossbuild.GoArch.ARM64;
import static io.github.gocrossbuild.GoOs.LINUX;
import static io.github.gocrossbuild.schema.ConfigAssertions.assertThatConfig;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.assertj.GoCrossAssertions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user's own tests look like: lint the VS Code task, build the binary it was meant to build
 * and prove it, and run {@link ExplainWorkspace} on the sample workspace.
 */
class ExampleUserTest {
  private static final Path SAMPLE = Path.of(ExplainWorkspace.SAMPLE);
  private static final Path SAMPLE_TASKS = SAMPLE.resolve(".vscode/tasks.json");

  @TempDir Path tmp;

  @Test
  void shouldFlagTheSampleTaskEnvAndAcceptTheCorrectedCopy() throws IOException {
    // spotless:off (README layout)
    // readme:assert-config
    assertThatConfig(Path.of("workspace-sample/.vscode/tasks.json"))
        .hasIssue("tasks.env-outside-options");
    // end
    // spotless:on

    Path corrected = Files.createDirectories(tmp.resolve(".vscode")).resolve("tasks.json");
    Files.writeString(
        corrected,
        Files.readString(SAMPLE_TASKS)
            .replace(
                "\"env\": { \"GOOS\": \"linux\", \"GOARCH\": \"arm64\" },",
                "\"options\": { \"env\": { \"GOOS\": \"linux\", \"GOARCH\": \"arm64\" } },"));
    assertThatConfig(corrected).isValid().hasNoIssue("tasks.env-outside-options");
  }

  @Test
  void shouldBuildWhatTheTaskMeantAStaticLinuxArm64Binary() {
    BuildResult result =
        GoCrossBuild.target(LINUX, ARM64)
            .moduleDir(Path.of("go/hello-service"))
            .outputDir(tmp.resolve("bin"))
            .noCgo()
            .run();

    // spotless:off (README layout)
    // readme:assert-build
    GoCrossAssertions.assertThat(result).targets(LINUX, ARM64).isStaticallyLinked();
    // end
    // spotless:on
    assertThat(result.artifact().getFileName().toString()).isEqualTo("hello-service-linux-arm64");
  }

  @Test
  void shouldPrintTheTaskTableFindingsAndFix() throws IOException {
    String host = Target.current().orElseThrow().goarch().goName();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Map<String, String> process = Map.of("HOME", tmp.toString(), "PATH", "/usr/bin:/bin");
    ExplainWorkspace.explain(
        SAMPLE,
        ExplainWorkspace.TASK,
        process,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

    assertThat(lines)
        .containsSubsequence(
            "Workspace  " + SAMPLE.toAbsolutePath().normalize(),
            "Task       build-linux-arm64",
            "GOOS       linux from Go's built-in default",
            "GOARCH     " + host + " from Go's built-in default",
            "Environment of VSCODE_TASK",
            "Finding    env.task-env-ignored (error)",
            "Fix        in .vscode/tasks.json, replace the task's \"env\" with",
            "             \"options\": { \"env\": { \"GOOS\": \"linux\", \"GOARCH\": \"arm64\" } }",
            "Fixed      GOOS=linux GOARCH=arm64 from task options.env, findings [env.cgo-off-cross]");
    assertThat(lines)
        .filteredOn(l -> l.startsWith("  error [env.task-env-ignored]"))
        .containsExactly(
            "  error [env.task-env-ignored] Task \"build-linux-arm64\" ("
                + SAMPLE.toAbsolutePath().normalize()
                + "/.vscode/tasks.json:6) has \"env\":"
                + " {GOOS=linux, GOARCH=arm64} directly on the task; VS Code ignores it and runs"
                + " the task with the parent environment. Move it into \"options\": {\"env\":"
                + " {...}}.");
  }

  @Test
  void shouldRunExplainWorkspaceMain() throws IOException {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      ExplainWorkspace.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .contains("Task       build-linux-arm64", "Finding    env.task-env-ignored (error)");
  }
}
