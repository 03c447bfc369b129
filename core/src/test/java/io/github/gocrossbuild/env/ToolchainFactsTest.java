package io.github.gocrossbuild.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.spi.Toolchain;
import io.github.gocrossbuild.spi.ToolchainSource;
import io.github.gocrossbuild.testing.RealTools;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests for {@link ToolchainFacts}. */
class ToolchainFactsTest {

  private static Toolchain toolchain(Map<String, String> goEnv) {
    return Toolchain.builder()
        .goCommand("/go/bin/go")
        .source(ToolchainSource.PATH)
        .foundBy("test")
        .versionOutput("go version go1.23.5 linux/arm")
        .goEnv(goEnv)
        .build();
  }

  @Test
  void shouldDescribeAToolchainFromItsGoEnv() {
    ToolchainFacts facts =
        ToolchainFacts.of(
            toolchain(
                Map.of(
                    "GOHOSTOS",
                    "linux",
                    "GOHOSTARCH",
                    "arm",
                    "GOROOT",
                    "/go",
                    "GOARM",
                    "6",
                    "GOTOOLDIR",
                    "/go/pkg/tool")));
    assertThat(facts.hostTarget()).isEqualTo(Target.parse("linux/arm"));
    assertThat(facts.goRoot()).contains("/go");
    assertThat(facts.goVersion()).contains("go1.23.5");
    assertThat(facts.goCommand()).contains("/go/bin/go");
    assertThat(facts.variantDefaults()).containsExactly(Map.entry("GOARM", "6"));
    assertThat(facts.reported()).containsEntry("GOTOOLDIR", "/go/pkg/tool");
  }

  @Test
  void shouldRefuseAToolchainWithAnUnknownHost() {
    assertThatThrownBy(() -> ToolchainFacts.of(toolchain(Map.of("GOHOSTOS", "beos"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the toolchain /go/bin/go reports an unknown GOHOSTOS/GOHOSTARCH");
  }

  @Test
  void shouldBuildFactsForTests() {
    ToolchainFacts facts =
        ToolchainFacts.builder().hostTarget(Target.parse("darwin/arm64")).build();
    assertThat(facts.goRoot()).isEmpty();
    assertThat(facts.goCommand()).isEmpty();
    assertThat(facts.variantDefaults()).isEmpty();
  }

  @Test
  void shouldDetectTheToolchainOnPathWithItsGoroot() {
    Path go = RealTools.go();
    ToolchainFacts facts =
        ToolchainFacts.detect(Map.of("HOME", "/tmp", "PATH", go.getParent() + ":/usr/bin:/bin"));
    assertThat(facts.goRoot()).contains(go.getParent().getParent().toString());
    assertThat(facts.goVersion()).hasValueSatisfying(v -> assertThat(v).startsWith("go1."));
    assertThat(facts.hostTarget()).isEqualTo(Target.current().orElseThrow());
    // Go 1.23 says 7,hardfloat, Go 1.24 and 1.22 say 7: the toolchain's own answer counts.
    assertThat(facts.variantDefaults())
        .containsEntry(
            "GOARM", RealTools.goEnv(go, "GOARM", Map.of("GOOS", "linux", "GOARCH", "arm")));
  }
}
