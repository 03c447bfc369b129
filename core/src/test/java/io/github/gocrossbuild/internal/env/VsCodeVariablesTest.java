package io.github.gocrossbuild.internal.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests for {@link VsCodeVariables}. */
class VsCodeVariablesTest {
  private final VsCodeVariables.Context ctx =
      new VsCodeVariables.Context(
          "/w/proj",
          "/",
          Map.of("HOME", "/h", "A", "${env:B}", "B", "${env:A}"),
          Map.of("go.gopath", "/gp"));

  @Test
  void shouldResolveVsCodeVariablesInOnePass() {
    VsCodeVariables.Result r =
        VsCodeVariables.vsCode(
            "${workspaceFolder}/${env:A}:${env:NONE}"
                + ":${workspaceFolderBasename}:${config:go.gopath}:${userHome}${/}:${input:x}",
            ctx);
    assertThat(r.value()).isEqualTo("/w/proj/${env:B}::proj:/gp:/h/:${input:x}");
    assertThat(r.unresolved()).containsExactly("${input:x}");
  }

  @Test
  void shouldSubstituteOnlyEnvThenPathsForTheGoExtension() {
    assertThat(VsCodeVariables.goExtension("~/x/${env: A }/${workspaceRoot}/${userHome}", ctx))
        .isEqualTo("/h/x/${env:B}//w/proj/${userHome}");
  }

  @Test
  void shouldResolveOnlyPathsForTestEnvVars() {
    assertThat(VsCodeVariables.resolvePath("${env:A}/${workspaceFolder}", ctx))
        .isEqualTo("${env:A}//w/proj");
  }
}
