package io.github.gocrossbuild.internal.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.CgoDecision;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.spi.HostEnvironment;
import io.github.gocrossbuild.spi.Toolchain;
import io.github.gocrossbuild.spi.ToolchainSource;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tests for {@link CgoRule}. */
class CgoRuleTest {
  private static final Toolchain TOOLCHAIN =
      Toolchain.builder()
          .goCommand("/go/bin/go")
          .source(ToolchainSource.PATH)
          .foundBy("test")
          .versionOutput("go version go1.23.5 linux/amd64")
          .goEnv(
              Map.of(
                  "GOHOSTOS",
                  "linux",
                  "GOHOSTARCH",
                  "amd64",
                  "GOOS",
                  "linux",
                  "GOARCH",
                  "amd64",
                  "CGO_ENABLED",
                  "1"))
          .build();
  private static final Target NATIVE = Target.parse("linux/amd64");
  private static final Target CROSS = Target.parse("linux/arm64");

  private static HostEnvironment host(
      Map<String, String> vars, Map<String, String> userFile, Map<String, String> goRootEnv) {
    return HostEnvironment.builder()
        .variables(vars)
        .userEnvFile("/h/.config/go/env")
        .userEnvFileValues(userFile)
        .goRootEnvValues(goRootEnv)
        .build();
  }

  private static CgoDecision decide(
      Optional<Boolean> requested, Target target, HostEnvironment host) {
    return CgoRule.decide(requested, target, target.isCgoSupported(), TOOLCHAIN, host);
  }

  @Test
  void shouldHonourCgoAndNoCgoAndRefuseCgoWhereGoHasNone() {
    HostEnvironment none = host(Map.of(), Map.of(), Map.of());
    assertThat(decide(Optional.of(true), CROSS, none))
        .isEqualTo(CgoDecision.of(true, EnvLayer.BUILDER_CGO, "set by cgo()"));
    assertThat(decide(Optional.of(false), CROSS, none))
        .isEqualTo(CgoDecision.of(false, EnvLayer.BUILDER_CGO, "set by noCgo()"));
    assertThatThrownBy(() -> decide(Optional.of(true), Target.parse("js/wasm"), none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cgo() was called but Go does not support cgo for js/wasm; use noCgo().");
  }

  @Test
  void shouldTakeTheProcessValueThenTheFilesLikeGo() {
    CgoDecision process =
        decide(
            Optional.empty(),
            CROSS,
            host(Map.of("CGO_ENABLED", "1"), Map.of("CGO_ENABLED", "0"), Map.of()));
    assertThat(process.enabled()).isTrue();
    assertThat(process.layer()).isEqualTo(EnvLayer.PROCESS);
    CgoDecision file =
        decide(
            Optional.empty(),
            CROSS,
            host(
                Map.of("CGO_ENABLED", ""), Map.of("CGO_ENABLED", "1"), Map.of("CGO_ENABLED", "0")));
    assertThat(file)
        .isEqualTo(
            CgoDecision.of(
                true,
                EnvLayer.USER_ENV_FILE,
                "set in /h/.config/go/env (go env -w CGO_ENABLED=1)"));
    assertThat(
            decide(Optional.empty(), CROSS, host(Map.of(), Map.of(), Map.of("CGO_ENABLED", "1")))
                .layer())
        .isEqualTo(EnvLayer.GOROOT_ENV_FILE);
  }

  @Test
  void shouldApplyGosDefaultRuleAndNoteIgnoredValues() {
    CgoDecision cross =
        decide(Optional.empty(), CROSS, host(Map.of("CGO_ENABLED", "2"), Map.of(), Map.of()));
    assertThat(cross.enabled()).isFalse();
    assertThat(cross.layer()).isEqualTo(EnvLayer.GO_DEFAULT);
    assertThat(cross.reason())
        .isEqualTo(
            "Go disables cgo by default when cross-compiling"
                + " (linux/amd64 to linux/arm64); call cgo() to enable it (it finds a C cross compiler"
                + " for the target), or noCgo() to say so; CGO_ENABLED=2 in the process environment is ignored by Go"
                + " (only 0 and 1 count)");
    CgoDecision nativeBuild = decide(Optional.empty(), NATIVE, host(Map.of(), Map.of(), Map.of()));
    assertThat(nativeBuild)
        .isEqualTo(
            CgoDecision.of(
                true,
                EnvLayer.GO_DEFAULT,
                "native build and a C compiler was found, so Go enables cgo"));
  }
}
