package io.github.gocrossbuild.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoToolchainFixture;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.plan.Planner;
import io.github.gocrossbuild.spi.BuildHost;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link ReleaseDocs#devcontainer}: the container runs on the machine it is opened on,
 * whatever the targets.
 */
class ReleaseDocsTest {
  @TempDir Path tmp;
  private Path module;

  private ProjectFacts facts(Optional<Target> here, Optional<Target> container) {
    if (module == null) {
      module = GoToolchainFixture.copyModule("hello", tmp);
    }
    BuildHost local = BuildHosts.local(GoToolchainFixture.environment());
    Planner planner =
        new Planner(
            GoCrossBuild.targets(Target.parse("linux/arm64"), Target.parse("linux/arm/v7"))
                .noCgo()
                .moduleDir(module)
                .goCommand(GoToolchainFixture.go())
                .spec());
    return new ProjectFacts(
        planner.spec(),
        List.of(
            planner.plan(Target.parse("linux/arm64"), local, Planner.Use.DESCRIBE),
            planner.plan(Target.parse("linux/arm/v7"), local, Planner.Use.DESCRIBE)),
        "hello",
        here,
        container,
        Optional.empty(),
        "example.com/hello",
        List.of(),
        false);
  }

  @Test
  void shouldNotPinATargetsPlatformWhenTheContainerRunsHere() {
    Optional<Target> amd64 = Optional.of(Target.parse("linux/amd64"));

    String json = ReleaseDocs.devcontainer(facts(amd64, amd64)).render();

    assertThat(json).doesNotContain("runArgs").doesNotContain("--platform");
  }

  @Test
  void shouldPinTheSshHostsPlatformWhenTheContainerRunsThereOnAnotherArchitecture() {
    Optional<Target> here = Optional.of(Target.parse("linux/amd64"));

    String arm64 =
        ReleaseDocs.devcontainer(facts(here, Optional.of(Target.parse("linux/arm64")))).render();
    String arm =
        ReleaseDocs.devcontainer(facts(here, Optional.of(Target.parse("linux/arm/v6")))).render();
    String mac =
        ReleaseDocs.devcontainer(
                facts(
                    Optional.of(Target.parse("darwin/arm64")),
                    Optional.of(Target.parse("linux/arm64"))))
            .render();

    assertThat(arm64).contains("\"runArgs\": [\"--platform=linux/arm64\"]");
    assertThat(arm).contains("\"runArgs\": [\"--platform=linux/arm/v6\"]");
    // Docker Desktop on an arm64 Mac runs linux/arm64 containers natively.
    assertThat(mac).doesNotContain("runArgs");
  }
}
