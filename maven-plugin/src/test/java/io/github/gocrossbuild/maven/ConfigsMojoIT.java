package io.github.gocrossbuild.maven;

import static io.github.gocrossbuild.maven.SampleProjects.mvn;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.maven.SampleProjects.MavenRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link ConfigsMojo}, run by a real Maven on the sample project. */
class ConfigsMojoIT {
  private static final List<String> FILES =
      List.of(
          ".vscode/tasks.json",
          ".vscode/launch.json",
          ".vscode/settings.json",
          ".devcontainer/devcontainer.json",
          ".goreleaser.yaml",
          "host.json");

  @Test
  void shouldCreateTheFilesThenLeaveThemUnchangedAndValid() {
    Path project = SampleProjects.copy("sidecar");

    MavenRun first = mvn(project, "gocrossbuild:configs");
    MavenRun second = mvn(project, "gocrossbuild:configs");
    MavenRun validate = mvn(project, "gocrossbuild:validate");

    assertThat(first.exitCode()).as(first.output()).isZero();
    assertThat(first.lines())
        .filteredOn(l -> l.startsWith("[INFO] CREATED "))
        .containsExactlyInAnyOrderElementsOf(
            FILES.stream().map(f -> "[INFO] CREATED   " + project.resolve(f)).toList());
    assertThat(second.exitCode()).as(second.output()).isZero();
    assertThat(second.lines())
        .filteredOn(l -> l.matches("\\[INFO] [A-Z]+ +/.*"))
        .containsExactlyInAnyOrderElementsOf(
            FILES.stream().map(f -> "[INFO] UNCHANGED " + project.resolve(f)).toList());
    assertThat(validate.exitCode()).as(validate.output()).isZero();
    assertThat(validate.lines())
        .contains("[INFO] 6 config file(s) validated: 0 error(s), 0 warning(s)");
  }
}
