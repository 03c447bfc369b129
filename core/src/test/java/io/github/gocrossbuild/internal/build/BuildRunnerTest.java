package io.github.gocrossbuild.internal.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.GoToolchainFixture;
import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import io.github.gocrossbuild.spi.BuildHost;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link BuildRunner}: what a build costs in {@code go} processes. Counted with {@link
 * ProcessRunner#started()}, which sees every process the library starts.
 */
class BuildRunnerTest {
  @TempDir Path tmp;
  private Path module;
  private BuildHost host;

  @BeforeEach
  void setUp() {
    GoToolchainFixture.go();
    module = GoToolchainFixture.copyModule("app", tmp);
    host = BuildHosts.local(GoToolchainFixture.environment());
  }

  private GoCrossBuilder build() {
    return GoCrossBuild.target("linux/arm64").moduleDir(module).on(host);
  }

  @Test
  void shouldSpawnOnlyGoBuildOnAWarmRunWithUndecidedCgo() {
    BuildResult cold = build().run();
    long before = ProcessRunner.started();
    BuildResult warm = build().run();
    assertThat(ProcessRunner.started() - before).isEqualTo(1);
    assertThat(warm.command()).contains("build");
    assertThat(warm.environment().findings())
        .extracting(EnvFinding::id)
        .isEqualTo(cold.environment().findings().stream().map(EnvFinding::id).toList())
        .contains("env.cgo-off-cross");
  }

  @Test
  void shouldNotListCgoFilesWhenNoCgoOrCgoIsCalled() {
    build().noCgo().explainEnv();
    long before = ProcessRunner.started();
    BuildResult off = build().noCgo().run();
    assertThat(ProcessRunner.started() - before).isEqualTo(1);
    assertThat(off.environment().findings())
        .extracting(EnvFinding::id)
        .doesNotContain("env.cgo-off-cross");
    before = ProcessRunner.started();
    assertThat(build().cgo().explainEnv().findings())
        .extracting(EnvFinding::id)
        .doesNotContain("env.cgo-off-cross");
    assertThat(ProcessRunner.started() - before).isZero();
  }

  @Test
  void shouldListCgoFilesOnceForTheFirstUndecidedCrossBuildOfAModule() {
    build().noCgo().explainEnv();
    long before = ProcessRunner.started();
    build().explainEnv();
    assertThat(ProcessRunner.started() - before).isEqualTo(1);
    before = ProcessRunner.started();
    build().explainEnv();
    assertThat(ProcessRunner.started() - before).isZero();
  }
}
