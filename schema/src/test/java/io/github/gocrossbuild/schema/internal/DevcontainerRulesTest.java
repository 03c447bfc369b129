package io.github.gocrossbuild.schema.internal;

import static io.github.gocrossbuild.schema.Fixtures.summary;
import static io.github.gocrossbuild.schema.Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.schema.ConfigIssue;
import io.github.gocrossbuild.schema.ConfigKind;
import io.github.gocrossbuild.schema.ValidationReport;
import org.junit.jupiter.api.Test;

/** Tests for {@link DevcontainerRules}. */
class DevcontainerRulesTest {

  @Test
  void shouldWarnAboutDeprecatedTopLevelVscodeKeys() {
    ValidationReport bad =
        validate(
            ConfigKind.DEVCONTAINER,
            "{\"image\": \"golang:1.23\", \"settings\": {}, \"extensions\": [\"golang.go\"]}");
    ValidationReport good =
        validate(
            ConfigKind.DEVCONTAINER,
            "{\"image\": \"golang:1.23\","
                + " \"customizations\": {\"vscode\": {\"settings\": {}, \"extensions\": [\"golang.go\"]}}}");

    assertThat(bad.toString())
        .isEqualTo(
            "devcontainer.json:1:26: warning [devcontainer.deprecated-top-level] Top-level"
                + " \"settings\" is deprecated; move it to customizations.vscode.settings.\n"
                + "devcontainer.json:1:42: warning [devcontainer.deprecated-top-level] Top-level"
                + " \"extensions\" is deprecated; move it to customizations.vscode.extensions.");
    assertThat(good.issues()).isEmpty();
  }

  @Test
  void shouldWarnAboutTrailingCommaButAcceptComments() {
    ValidationReport bad =
        validate(ConfigKind.DEVCONTAINER, "{", "  \"image\": \"golang\", // go", "}");
    ValidationReport good =
        validate(
            ConfigKind.DEVCONTAINER, "{", "  /* base */ \"image\":" + " \"golang\" // go", "}");

    assertThat(bad.toString())
        .isEqualTo(
            "devcontainer.json:2:20: warning"
                + " [devcontainer.trailing-comma] Trailing comma before '}'; the Dev Container spec"
                + " forbids it (VS Code tolerates it), so remove it.");
    assertThat(good.issues()).isEmpty();
  }

  @Test
  void shouldApplyGoSettingsRulesInsideCustomizations() {
    ValidationReport bad =
        validate(
            ConfigKind.DEVCONTAINER,
            "{\"image\": \"g\", \"customizations\":"
                + " {\"vscode\": {\"settings\": {\"go.gotoSymbol.includeImports\": true}}}}");

    assertThat(summary(bad)).containsExactly("go.removed-setting@1:59");
    assertThat(bad.issues().get(0).severity()).isEqualTo(ConfigIssue.Severity.WARNING);
    assertThat(bad.isValid()).isTrue();
  }

  @Test
  void shouldReportRenamedExtensionTemplatePlaceholderAndBarePortString() {
    ValidationReport bad =
        validate(
            ConfigKind.DEVCONTAINER,
            "{\"image\":"
                + " \"go:${templateOption:v}\", \"extensions\": [\"ms-vscode.Go\"], \"forwardPorts\":"
                + " [\"8080\", 8081, \"db:5432\"]}");

    assertThat(summary(bad))
        .containsExactly(
            "devcontainer.template-placeholder@1:11",
            "devcontainer.deprecated-top-level@1:37",
            "vscode.renamed-extension@1:52",
            "schema@1:86");
    assertThat(bad.issues().get(3).message())
        .isEqualTo(
            "Value \"8080\" has the wrong format: a"
                + " port is a number such as 8080, or host:port such as db:5432; a bare port must not be"
                + " quoted.");
  }

  @Test
  void shouldRequireServiceAndWorkspaceFolderForCompose() {
    ValidationReport bad = validate(ConfigKind.DEVCONTAINER, "{\"dockerComposeFile\": \"c.yml\"}");

    assertThat(bad.toString())
        .isEqualTo(
            "devcontainer.json:1:1: error [schema] Required property \"service\" is missing; add it.\n"
                + "devcontainer.json:1:1: error [schema] Required property \"workspaceFolder\" is"
                + " missing; add it.");
  }

  @Test
  void shouldReportDelveListeningInLifecycleCommands() {
    ValidationReport bad =
        validate(
            ConfigKind.DEVCONTAINER,
            "{\"image\": \"g\", \"postStartCommand\":"
                + " \"dlv exec ./app --headless --listen :40000\"}");

    assertThat(summary(bad)).containsExactly("dlv.listen-all-interfaces@1:36");
  }
}
