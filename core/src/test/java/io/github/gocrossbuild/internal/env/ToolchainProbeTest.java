package io.github.gocrossbuild.internal.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.internal.Variants;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import io.github.gocrossbuild.testing.RealTools;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests for {@link ToolchainProbe}, with the real Go toolchain. */
class ToolchainProbeTest {

  @Test
  void shouldAskTheRealGoForItsVariantDefaultsOnce() {
    Path go = RealTools.go();
    Map<String, String> env =
        Map.of("HOME", System.getProperty("java.io.tmpdir"), "PATH", "/usr/bin:/bin");
    Map<String, String> first = ToolchainProbe.variantDefaults(go.toString(), env);
    assertThat(first).containsEntry("GOAMD64", "v1").containsKeys("GO386", "GOARM", "GOMIPS");
    // Each value as this toolchain tells it (GOARM is 7,hardfloat in Go 1.23 and 7 in 1.22 and
    // 1.24; Go 1.22 has no GOARM64 or GORISCV64, so the probe leaves them out).
    ToolchainProbe.ARCH_OF.forEach(
        (variable, arch) -> {
          String told = RealTools.goEnv(go, variable, Map.of("GOOS", "linux", "GOARCH", arch));
          if (told.isEmpty()) {
            assertThat(first).doesNotContainKey(variable);
          } else {
            assertThat(first).containsEntry(variable, told);
          }
        });
    long before = ProcessRunner.started();
    assertThat(ToolchainProbe.variantDefaults(go.toString(), env)).isEqualTo(first);
    assertThat(ProcessRunner.started()).isEqualTo(before);
  }

  @Test
  void shouldAskForEveryVariantVariableOfGoArchThatLinuxHas() {
    assertThat(ToolchainProbe.ARCH_OF)
        .containsOnlyKeys(
            Variants.variables().stream().filter(v -> !v.equals("GOWASM")).toArray(String[]::new))
        .containsEntry("GO386", "386")
        .containsEntry("GOMIPS", "mips")
        .containsEntry("GOMIPS64", "mips64")
        .containsEntry("GOPPC64", "ppc64");
  }

  @Test
  void shouldReportNoDefaultsForACommandThatCannotRun() {
    assertThat(ToolchainProbe.variantDefaults("/nonexistent/go", Map.of())).isEmpty();
  }
}
