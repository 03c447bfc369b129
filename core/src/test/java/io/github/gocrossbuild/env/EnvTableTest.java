package io.github.gocrossbuild.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link EnvTable}. */
class EnvTableTest {

  @Test
  void shouldRenderSetVariablesWithOriginsHiddenValuesAndFindings() {
    ResolvedEnv env =
        ResolvedEnv.of(
            EnvConsumer.GO_EXTENSION_TOOLS,
            List.of(
                EnvBinding.of("GOARCH", "amd64", EnvLayer.GO_DEFAULT, "default"),
                EnvBinding.of("GOARCH", "arm64", EnvLayer.USER_ENV_FILE, "/h/env"),
                EnvBinding.of("GOFLAGS", "", EnvLayer.GO_DEFAULT, "default"),
                EnvBinding.of("GOWORK", "", EnvLayer.PROCESS, "process"),
                EnvBinding.of("HOME", "/h", EnvLayer.PROCESS, "process"),
                EnvBinding.removal("GOOS", EnvLayer.TOOL_INSTALLER, "installer")),
            List.of(
                EnvFinding.of(EnvFindingId.INVALID_VALUE, EnvFinding.Severity.WARNING, "Look.")));
    assertThat(EnvTable.render(env).lines().toList())
        .containsExactly(
            "Environment of GO_EXTENSION_TOOLS",
            "  VARIABLE  VALUE                         FROM",
            "  GOARCH    arm64                         /h/env  (hides amd64 from default)",
            "  GOOS      (unset)                       -  (hides removed by installer)",
            "  GOWORK    \"\"                            process",
            "Findings:",
            "  warning [env.invalid-value] Look.");
  }
}
