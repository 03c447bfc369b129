package io.github.gocrossbuild.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link ResolvedEnv}. */
class ResolvedEnvTest {
  private static EnvBinding def(String name, String value) {
    return EnvBinding.of(name, value, EnvLayer.GO_DEFAULT, "default");
  }

  private static EnvBinding user(String name, String value) {
    return EnvBinding.of(name, value, EnvLayer.USER_ENV_FILE, "/h/.config/go/env");
  }

  private static EnvBinding goroot(String name, String value) {
    return EnvBinding.of(name, value, EnvLayer.GOROOT_ENV_FILE, "/go/go.env");
  }

  private static EnvBinding process(String name, String value) {
    return EnvBinding.of(name, value, EnvLayer.PROCESS, "process environment");
  }

  private static ResolvedEnv env(EnvBinding... b) {
    return ResolvedEnv.of(EnvConsumer.VSCODE_TASK, List.of(b), List.of());
  }

  @Test
  void shouldLetANonEmptyProcessValueWinOverTheFiles() {
    EnvExplanation ex =
        env(def("GOARCH", "amd64"), user("GOARCH", "arm64"), process("GOARCH", "386"))
            .explain("GOARCH");
    assertThat(ex.value()).contains("386");
    assertThat(ex.shadowed()).extracting(EnvBinding::value).containsExactly("arm64", "amd64");
    assertThat(ex.reason())
        .isEqualTo(
            "GOARCH=386 from process environment; hides GOARCH=arm64"
                + " from /h/.config/go/env, GOARCH=amd64 from default");
  }

  @Test
  void shouldLetAnEmptyUserValueHideGoEnvAndFallToTheDefault() {
    EnvExplanation ex =
        env(def("GOTOOLCHAIN", ""), goroot("GOTOOLCHAIN", "auto"), user("GOTOOLCHAIN", ""))
            .explain("GOTOOLCHAIN");
    assertThat(ex.value()).contains("");
    assertThat(ex.layer()).contains(EnvLayer.GO_DEFAULT);
    assertThat(ex.reason()).contains("the empty GOTOOLCHAIN in /h/.config/go/env does not count");
  }

  @Test
  void shouldIgnoreCgoEnabledOtherThanZeroOrOne() {
    EnvExplanation ex =
        env(def("CGO_ENABLED", "1"), user("CGO_ENABLED", "0"), process("CGO_ENABLED", "2"))
            .explain("CGO_ENABLED");
    assertThat(ex.value()).contains("1");
    assertThat(ex.layer()).contains(EnvLayer.GO_DEFAULT);
  }

  @Test
  void shouldReadGoenvOnlyFromTheProcessAndReportOffAsEmpty() {
    assertThat(env(def("GOENV", "/h/.config/go/env"), user("GOENV", "/x")).get("GOENV"))
        .contains("/h/.config/go/env");
    EnvExplanation off = env(def("GOENV", "/d"), process("GOENV", "off")).explain("GOENV");
    assertThat(off.value()).contains("");
    assertThat(off.shadowed()).extracting(EnvBinding::value).contains("off");
  }

  @Test
  void shouldKeepComputedVariablesFromGo() {
    assertThat(env(def("GOHOSTOS", "linux"), process("GOHOSTOS", "windows")).get("GOHOSTOS"))
        .contains("linux");
  }

  @Test
  void shouldApplyRemovalsToTheProcessEnvironmentOnly() {
    ResolvedEnv env =
        env(
            user("GOARM", "6"),
            process("GOARM", "5"),
            EnvBinding.removal("GOARM", EnvLayer.BUILDER_TARGET, "target"));
    assertThat(env.get("GOARM")).contains("6");
    assertThat(env.processEnvironment()).doesNotContainKey("GOARM");
  }

  @Test
  void shouldRenderATableWithFindings() {
    ResolvedEnv env =
        env(def("GOARCH", "amd64"), process("GOARCH", "arm64"))
            .withFindings(
                List.of(
                    EnvFinding.of(EnvFindingId.INVALID_VALUE, EnvFinding.Severity.INFO, "note")));
    assertThat(env.render())
        .isEqualTo(
            "Environment of VSCODE_TASK\n"
                + "  VARIABLE  VALUE                         FROM\n"
                + "  GOARCH    arm64                         process environment  (hides amd64 from"
                + " default)\n"
                + "Findings:\n"
                + "  info [env.invalid-value] note\n");
  }
}
