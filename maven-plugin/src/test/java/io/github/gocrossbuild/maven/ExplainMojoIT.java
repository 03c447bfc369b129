package io.github.gocrossbuild.maven;

import static io.github.gocrossbuild.maven.SampleProjects.mvn;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.maven.SampleProjects.MavenRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Tests for {@link ExplainMojo}, run by a real Maven on the sample project. */
class ExplainMojoIT {

  @Test
  void shouldPrintTheFirstTargetsEnvironmentTable() {
    Path project = SampleProjects.copy("sidecar");

    MavenRun run = mvn(project, "gocrossbuild:explain");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.lines())
        .contains("[INFO] Environment of the linux/arm64 build:")
        .anyMatch(l -> l.matches("\\[INFO] +GOARCH +arm64 +target linux/arm64( .*)?"))
        .anyMatch(l -> l.matches("\\[INFO] +CGO_ENABLED +0 +set by noCgo\\(\\)( .*)?"));
    assertThat(project.resolve("target/gocrossbuild")).doesNotExist();
  }
}
