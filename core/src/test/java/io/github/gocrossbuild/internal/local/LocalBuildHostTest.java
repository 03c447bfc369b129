package io.github.gocrossbuild.internal.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.testing.RealTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests for {@link LocalBuildHost}. */
class LocalBuildHostTest {
  @Test
  void shouldKnowWhichCgoCrossTargetsThisMachineHasACompilerFor() {
    Path gcc = Path.of("/usr/bin/aarch64-linux-gnu-gcc");
    if (!Files.isExecutable(gcc)) {
      RealTools.missing(gcc + " (gcc-aarch64-linux-gnu libc6-dev-arm64-cross)");
    }
    LocalBuildHost host =
        LocalBuildHost.withEnvironment(Map.of("PATH", gcc.getParent() + ":/usr/bin:/bin"));

    assertThat(host.compilesCgoFor(Target.parse("linux/arm64"))).isTrue();
    assertThat(host.compilesCgoFor(Target.parse("linux/riscv64"))).isFalse();
  }

  @Test
  void shouldKnowNoCrossCompilerWhenPathHasNone() {
    LocalBuildHost host = LocalBuildHost.withEnvironment(Map.of("PATH", "/nonexistent"));

    assertThat(host.compilesCgoFor(Target.parse("linux/arm64"))).isFalse();
  }
}
