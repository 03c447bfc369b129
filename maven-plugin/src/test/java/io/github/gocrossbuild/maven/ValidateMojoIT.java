package io.github.gocrossbuild.maven;

import static io.github.gocrossbuild.maven.SampleProjects.mvn;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.maven.SampleProjects.MavenRun;
import io.github.gocrossbuild.schema.ConfigValidator;
import io.github.gocrossbuild.schema.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Tests for {@link ValidateMojo}, run by a real Maven on the sample project. */
class ValidateMojoIT {

  @Test
  void shouldFailValidateWithFileLineColumnOfABrokenTasksJson() throws IOException {
    Path project = SampleProjects.copy("sidecar");
    Path tasks = Files.createDirectories(project.resolve(".vscode")).resolve("tasks.json");
    Files.copy(Path.of("../examples/workspace-sample/.vscode/tasks.json"), tasks);
    ValidationReport library = ConfigValidator.standard().validate(tasks);

    MavenRun run = mvn(project, "validate");

    assertThat(run.exitCode()).isOne();
    assertThat(run.lines())
        .contains(
            "[ERROR] "
                + tasks
                + ":10:7: error [tasks.env-outside-options] VS Code ignores \"env\" at the task"
                + " level; move it into \"options\": {\"env\": {...}}.",
            "[ERROR] Failed to execute goal io.github.gocrossbuild:gocrossbuild-maven-plugin:"
                + SampleProjects.VERSION
                + String.format(
                    ":validate (default) on project sidecar-app: 1 config file(s) validated:"
                        + " %d error(s), %d warning(s); the lines above name each"
                        + " file:line:column -> [Help 1]",
                    library.errors().size(), library.warnings().size()))
        .containsAll(
            library.issues().stream()
                .map(i -> (i.isError() ? "[ERROR] " : "[WARNING] ") + i)
                .toList());
  }
}
