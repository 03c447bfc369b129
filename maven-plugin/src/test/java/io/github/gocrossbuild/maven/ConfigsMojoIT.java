package io.github.gocrossbuild.maven;

import static io.github.gocrossbuild.maven.SampleProjects.mvn;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.config.ConfigWriteReport;
import io.github.gocrossbuild.config.ProjectConfigs;
import io.github.gocrossbuild.maven.SampleProjects.MavenRun;
import io.github.gocrossbuild.schema.ConfigKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link ConfigsMojo}, run by a real Maven on the sample project: it reports what the
 * library's {@code ProjectConfigs.writeTo} reports for the README block's targets, file by file.
 */
class ConfigsMojoIT {
  private static final Pattern FILE_LINE = Pattern.compile("\\[INFO] ([A-Z]+) +(/\\S+)");

  @TempDir Path tmp;

  @Test
  void shouldCreateTheFilesThenLeaveThemUnchangedAndValid() {
    Path project = SampleProjects.copy("sidecar");
    ProjectConfigs library =
        GoCrossBuild.targets(Target.parse("linux/arm64"), Target.parse("linux/amd64"))
            .noCgo()
            .moduleDir(project.resolve("src/main/go"))
            .outputDir(tmp.resolve("target/gocrossbuild"))
            .ldflags("-X main.version=1.0.0")
            .configs();
    List<String> created = statuses(library.writeTo(tmp), tmp);
    List<String> unchanged = statuses(library.writeTo(tmp), tmp);
    long known =
        library.writeTo(tmp).files().stream()
            .filter(f -> Files.isRegularFile(f.file()) && ConfigKind.detect(f.file()).isPresent())
            .count();

    MavenRun first = mvn(project, "gocrossbuild:configs");
    MavenRun second = mvn(project, "gocrossbuild:configs");
    MavenRun validate = mvn(project, "gocrossbuild:validate");

    assertThat(first.exitCode()).as(first.output()).isZero();
    assertThat(statuses(first, project)).isEqualTo(created).contains("CREATED .vscode/tasks.json");
    assertThat(second.exitCode()).as(second.output()).isZero();
    assertThat(statuses(second, project))
        .isEqualTo(unchanged)
        .contains("UNCHANGED .vscode/tasks.json")
        .noneMatch(s -> s.startsWith("CREATED") || s.startsWith("CHANGED"));
    assertThat(validate.exitCode()).as(validate.output()).isZero();
    assertThat(validate.lines())
        .contains(
            String.format("[INFO] %d config file(s) validated: 0 error(s), 0 warning(s)", known));
  }

  /** Each file's status and path relative to the workspace, in report order. */
  private static List<String> statuses(ConfigWriteReport report, Path workspace) {
    return report.files().stream()
        .map(f -> f.status() + " " + workspace.relativize(f.file()))
        .toList();
  }

  /** The same, read from the plugin's log lines. */
  private static List<String> statuses(MavenRun run, Path workspace) {
    return run.lines().stream()
        .map(FILE_LINE::matcher)
        .filter(Matcher::matches)
        .map(m -> m.group(1) + " " + workspace.relativize(Path.of(m.group(2))))
        .toList();
  }
}
