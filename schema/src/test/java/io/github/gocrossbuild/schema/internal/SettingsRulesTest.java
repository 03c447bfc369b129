package io.github.gocrossbuild.schema.internal;

import static io.github.gocrossbuild.schema.Fixtures.summary;
import static io.github.gocrossbuild.schema.Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.schema.ConfigKind;
import io.github.gocrossbuild.schema.ValidationReport;
import org.junit.jupiter.api.Test;

/** Tests for {@link SettingsRules}. */
class SettingsRulesTest {

  private static ValidationReport settings(String... lines) {
    return validate(ConfigKind.VSCODE_SETTINGS, lines);
  }

  @Test
  void shouldSuggestTheNearestSettingForAnUnknownGoKey() {
    ValidationReport bad = settings("{", "  \"go.toolEnvVars\": {}", "}");
    ValidationReport good = settings("{", "  \"go.toolsEnvVars\": {}, \"editor.tabSize\": 4", "}");

    assertThat(bad.toString())
        .isEqualTo(
            "settings.json:2:3: warning [go.unknown-setting] The Go"
                + " extension has no setting \"go.toolEnvVars\", so it is ignored; did you mean"
                + " \"go.toolsEnvVars\"?");
    assertThat(good.issues()).isEmpty();
  }

  @Test
  void shouldReportRemovedAndDeprecatedSettingsWithReplacements() {
    ValidationReport bad =
        settings(
            "{",
            "  \"go.useGoProxyToCheckForToolUpdates\": false,",
            "  \"go.logging.level\": \"verbose\",",
            "  \"go.formatTool\": \"goformat\"",
            "}");

    assertThat(summary(bad))
        .containsExactly(
            "go.removed-setting@2:3", "go.deprecated-setting@3:3", "go.deprecated-setting@4:20");
    assertThat(bad.isValid()).as("the Go extension only ignores them").isTrue();
    assertThat(bad.issues().get(0).message())
        .isEqualTo(
            "Setting"
                + " \"go.useGoProxyToCheckForToolUpdates\" was removed from the Go extension and is"
                + " ignored; use \"go.toolsManagement.checkForUpdates\".");
  }

  @Test
  void shouldRejectTargetInToolsEnvAndCheckItsValues() {
    ValidationReport bad = settings("{\"go.toolsEnvVars\": {\"GOARCH\": \"armv7l\"}}");
    ValidationReport good =
        settings(
            "{\"go.toolsEnvVars\": {\"CGO_ENABLED\": \"0\"},"
                + " \"go.testEnvVars\": {\"CGO_ENABLED\": \"1\"}}");

    assertThat(summary(bad)).containsExactly("go.tools-env-target@1:22", "go.goarch-alias@1:32");
    assertThat(bad.issues().get(0).toString())
        .isEqualTo(
            "settings.json:1:22: error [go.tools-env-target] GOARCH in go.toolsEnvVars points gopls,"
                + " tests and the debugger at another platform, so tests cannot run; set it in a"
                + " build task's options.env instead.");
    assertThat(bad.issues().get(1).message())
        .isEqualTo("GOARCH \"armv7l\" is not a name Go" + " knows; use \"arm\" and set GOARM=7.");
    assertThat(good.issues()).isEmpty();
  }

  @Test
  void shouldReportCustomFormatterWithoutItsPath() {
    ValidationReport bad = settings("{\"go.formatTool\": \"custom\"}");
    ValidationReport good =
        settings(
            "{\"go.formatTool\": \"custom\","
                + " \"go.alternateTools\": {\"customFormatter\": \"/bin/fmt\"}}");

    assertThat(bad.toString())
        .isEqualTo(
            "settings.json:1:19: error [go.custom-formatter-missing]"
                + " go.formatTool is \"custom\" but go.alternateTools.customFormatter is not set, so"
                + " formatting fails; set it to the formatter's path.");
    assertThat(good.issues()).isEmpty();
  }

  @Test
  void shouldAcceptGoplsLeafNamesAndFlagUnknownGoplsKeys() {
    ValidationReport good =
        settings(
            "{\"gopls\": {\"usePlaceholders\": true,"
                + " \"ui.semanticTokens\": true, \"build.env\": {\"GOFLAGS\": \"-tags=x\"}},"
                + " \"gopls.env\": {}}");
    ValidationReport bad =
        settings(
            "{\"gopls\": {\"ui.completion.usePlacehoders\": true,"
                + " \"ui.noSemanticString\": true}}");

    assertThat(good.issues()).isEmpty();
    assertThat(summary(bad))
        .containsExactly("gopls.unknown-setting@1:12", "go.deprecated-setting@1:50");
    assertThat(bad.issues().get(0).message())
        .isEqualTo(
            "gopls has no setting"
                + " \"ui.completion.usePlacehoders\", so it is ignored; did you mean"
                + " \"ui.completion.usePlaceholders\"?");
  }

  @Test
  void shouldReportWrongValueTypesAndCaseOfEnums() {
    ValidationReport bad = settings("{\"go.lintOnSave\": \"Package\", \"go.testTimeout\": 30}");

    assertThat(bad.toString())
        .isEqualTo(
            "settings.json:1:19: error [schema] Value \"Package\" is not allowed; values are"
                + " case-sensitive, use \"package\".\n"
                + "settings.json:1:48: error [schema] Expected a string but found an integer; put the"
                + " value in double quotes.");
  }

  @Test
  void shouldWarnAboutToolsGopathPointingAtBin() {
    assertThat(summary(settings("{\"go.toolsGopath\": \"/go/bin\"}")))
        .containsExactly("go.tools-gopath-bin@1:20");
    assertThat(settings("{\"go.toolsGopath\": \"/go\"}").issues()).isEmpty();
  }

  @Test
  void shouldReportPlaceholderPathsCopiedFromExamples() {
    ValidationReport bad =
        settings(
            "{\"go.gopath\": \"/home/youruser/go\",",
            " \"go.goroot\": \"C:\\\\Users\\\\<username>\\\\sdk\\\\go1.23\",",
            " \"go.alternateTools\": {\"go\": \"/path/to/go\", \"gopls\": \"/usr/bin/gopls\"}}");
    ValidationReport good =
        settings("{\"go.gopath\": \"/home/yourusual/go\", \"go.goroot\": \"/usr/lib/go-1.23\"}");

    assertThat(summary(bad))
        .containsExactly(
            "go.placeholder-path@1:15", "go.placeholder-path@2:15", "go.placeholder-path@3:30");
    assertThat(bad.errors().get(0).message())
        .isEqualTo(
            "go.gopath \"/home/youruser/go\" holds the placeholder \"youruser\" from an example,"
                + " so the path does not exist; set the real path on the machine the Go extension"
                + " runs on (with Remote-SSH, the server), or delete the setting to use what `go env`"
                + " says.");
    assertThat(bad.errors().get(2).message()).startsWith("go.alternateTools.go \"/path/to/go\"");
    assertThat(good.issues()).isEmpty();
  }

  @Test
  void shouldWarnAboutGopathBesideToolsGopath() {
    ValidationReport both =
        settings("{\"go.gopath\": \"/srv/go\", \"go.toolsGopath\": \"/srv/tools\"}");
    ValidationReport tools = settings("{\"go.toolsGopath\": \"/srv/tools\"}");

    assertThat(summary(both)).containsExactly("go.gopath-with-tools-gopath@1:2");
    assertThat(tools.issues()).isEmpty();
  }
}
