package io.github.gocrossbuild.schema;

import static io.github.gocrossbuild.schema.ConfigAssertions.assertThatConfig;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link ConfigAssertions} and the {@link ConfigAssert} it returns. */
class ConfigAssertionsTest {
  private static final String NL = System.lineSeparator();

  @TempDir Path dir;

  private Path tasks(String content) throws IOException {
    Path file = dir.resolve(".vscode/tasks.json");
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  @Test
  void shouldPassForACleanFile() throws IOException {
    Path file =
        tasks("{\"version\": \"2.0.0\", \"tasks\": [{\"label\": \"b\", \"command\": \"go\"}]}");

    assertThatConfig(file).isValid().hasNoWarnings().hasNoIssue("tasks.env-outside-options");
  }

  @Test
  void shouldFailListingTheIssuesInCompilerFormat() throws IOException {
    Path file = tasks("{\"version\": \"2.0.0\", \"tasks\": [{\"label\": \"b\", \"env\": {}}]}");
    String issue =
        file
            + ":1:47: error [tasks.env-outside-options] VS Code ignores \"env\" at the"
            + " task level; move it into \"options\": {\"env\": {...}}.";

    assertThatConfig(file).hasIssue("tasks.env-outside-options").hasIssueAt("/tasks/0/env");
    assertThatThrownBy(() -> assertThatConfig(file).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected " + file + " to be valid but it has 1 error(s):" + NL + issue);
    assertThatThrownBy(() -> assertThatConfig(file).hasNoIssue("tasks.env-outside-options"))
        .hasMessage(
            "Expected "
                + file
                + " to have no issue [tasks.env-outside-options] but"
                + " found:"
                + NL
                + issue);
    assertThatThrownBy(() -> assertThatConfig(file).hasIssueAt("/tasks/1"))
        .hasMessage("Expected " + file + " to have an issue at /tasks/1 but found:" + NL + issue);
  }

  @Test
  void shouldFailOnWarningsAndMissingRule() throws IOException {
    Path file =
        tasks(
            "{\"version\": \"2.0.0\", \"tasks\": [{\"label\": \"b\", \"command\":"
                + " \"${workspaceRoot}/x\"}]}");

    assertThatConfig(file).isValid().hasIssue("variable.workspace-root");
    assertThatThrownBy(() -> assertThatConfig(file).hasNoWarnings())
        .hasMessageStartingWith("Expected " + file + " to have no warnings but it has 1:");
    assertThatThrownBy(() -> assertThatConfig(file).hasIssue("syntax"))
        .hasMessageStartingWith("Expected " + file + " to have an issue [syntax] but found:");
  }
}
