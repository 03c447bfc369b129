package io.github.gocrossbuild.schema.internal;

import static io.github.gocrossbuild.schema.Fixtures.summary;
import static io.github.gocrossbuild.schema.Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.schema.ConfigKind;
import io.github.gocrossbuild.schema.ValidationReport;
import org.junit.jupiter.api.Test;

/** Tests for {@link LaunchRules}. */
class LaunchRulesTest {

  private static ValidationReport config(String body) {
    return validate(
        ConfigKind.VSCODE_LAUNCH,
        "{\"version\": \"0.2.0\", \"configurations\": [",
        "  {\"name\": \"x\", \"type\": \"go\", " + body + "}",
        "]}");
  }

  @Test
  void shouldWarnAboutLaunchRemoteAndRemotePath() {
    ValidationReport bad =
        config("\"request\": \"launch\", \"mode\": \"remote\", \"remotePath\": \"/app\"");
    ValidationReport good =
        config(
            "\"request\": \"attach\", \"mode\": \"remote\","
                + " \"substitutePath\": [{\"from\": \"a\", \"to\": \"b\"}]");

    assertThat(summary(bad))
        .containsExactly("launch.deprecated-remote@2:60", "launch.deprecated-remote@2:70");
    assertThat(bad.issues().get(0).message())
        .isEqualTo(
            "\"request\": \"launch\" with \"mode\":"
                + " \"remote\" is deprecated; use \"request\": \"attach\" with \"mode\": \"remote\", and"
                + " \"cwd\" instead of \"program\".");
    assertThat(bad.isValid()).isTrue();
    assertThat(good.issues()).isEmpty();
  }

  @Test
  void shouldWarnAboutEditorSettingsInsideAGoConfiguration() {
    ValidationReport report = config("\"request\": \"launch\", \"go.formatTool\": \"gofumpt\"");

    assertThat(report.toString())
        .isEqualTo(
            "launch.json:2:52: warning [launch.misplaced-setting] \"go.formatTool\" is a"
                + " settings.json key and is ignored in a launch configuration; move it to"
                + " .vscode/settings.json.");
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void shouldReportSettingsKeysInsideAGoConfiguration() {
    ValidationReport bad = config("\"request\": \"launch\", \"go.buildTags\": \"integration\"");
    ValidationReport other =
        validate(
            ConfigKind.VSCODE_LAUNCH,
            "{\"configurations\": [{\"name\":"
                + " \"n\", \"type\": \"node\", \"request\": \"launch\", \"go.buildTags\": \"x\"}]}");

    assertThat(bad.toString())
        .isEqualTo(
            "launch.json:2:52: error [launch.settings-key]"
                + " \"go.buildTags\" is a settings.json key and is ignored in a launch configuration,"
                + " so the program is debugged without it; use \"buildFlags\": \"-tags=...\".");
    assertThat(other.issues()).isEmpty();
  }

  @Test
  void shouldReportDelveFlagsListeningOnAllInterfaces() {
    ValidationReport bad =
        config("\"request\": \"launch\", \"dlvFlags\": [\"--listen=0.0.0.0:2345\"]");
    ValidationReport good =
        config("\"request\": \"launch\", \"dlvFlags\": [\"--check-go-version=false\"]");

    assertThat(summary(bad)).containsExactly("dlv.listen-all-interfaces@2:65");
    assertThat(good.issues()).isEmpty();
  }

  @Test
  void shouldCheckModeAgainstTheRequestAndEnvAgainstGo() {
    ValidationReport bad =
        config("\"request\": \"attach\", \"mode\": \"debug\"," + " \"env\": {\"GOOS\": \"macos\"}");

    assertThat(summary(bad)).containsExactly("schema@2:60", "go.goarch-alias@2:85");
    assertThat(bad.issues().get(0).message())
        .isEqualTo("Value \"debug\" is not allowed; use one" + " of \"local\", \"remote\".");
    assertThat(bad.issues().get(1).message())
        .isEqualTo("GOOS \"macos\" is not a name Go knows;" + " use \"darwin\".");
  }
}
