package io.github.gocrossbuild.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.schema.ConfigIssue.Severity;
import io.github.gocrossbuild.schema.ConfigKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Tests for {@link KindProfile}. */
class KindProfileTest {
  private static final SchemaFinding UNKNOWN_TOP_LEVEL =
      new SchemaFinding(
          "additionalProperties",
          "/nightly",
          true,
          "Property \"nightly\" is not allowed here; remove it.");

  private final SchemaCatalog catalog = new SchemaCatalog();

  @Test
  void shouldPickSyntaxAndSchemaForEachKind() {
    assertThat(profile(ConfigKind.VSCODE_SETTINGS).dialect).isEqualTo(JsonDialect.JSONC);
    assertThat(profile(ConfigKind.VSCODE_WORKSPACE).schema)
        .isEqualTo("vscode-workspace.schema.json");
    assertThat(profile(ConfigKind.DEVCONTAINER).dialect)
        .isEqualTo(JsonDialect.COMMENTS_WARN_TRAILING_COMMA);
    assertThat(profile(ConfigKind.AZURE_FUNCTIONS_HOST).dialect).isEqualTo(JsonDialect.STRICT);
    assertThat(profile(ConfigKind.GORELEASER).dialect).isNull();
    assertThat(profile(ConfigKind.GORELEASER).schema).isEqualTo("goreleaser.schema.json");
    assertThat(profile(ConfigKind.VSCODE_SETTINGS).rules).hasSize(2);
  }

  @Test
  void shouldDowngradeUnknownHostKeysToWarningsBecauseTheHostIgnoresThem() {
    KindProfile.Verdict verdict =
        profile(ConfigKind.AZURE_FUNCTIONS_HOST)
            .policy
            .classify(UNKNOWN_TOP_LEVEL, JsonNodeFactory.instance.objectNode())
            .orElseThrow();

    assertThat(verdict.rule).isEqualTo(RuleId.HOST_UNKNOWN_PROPERTY);
    assertThat(verdict.rule.severity()).isEqualTo(Severity.WARNING);
    assertThat(verdict.message)
        .isEqualTo(
            "Property \"nightly\" is not a host.json setting and the"
                + " Functions host ignores it; remove it.");
  }

  @Test
  void shouldAcceptUnknownGoreleaserSectionsOnlyForPro() {
    ObjectNode pro = JsonNodeFactory.instance.objectNode().put("pro", true);
    KindProfile goreleaser = profile(ConfigKind.GORELEASER);

    assertThat(goreleaser.policy.classify(UNKNOWN_TOP_LEVEL, pro)).isEmpty();
    KindProfile.Verdict oss =
        goreleaser
            .policy
            .classify(UNKNOWN_TOP_LEVEL, JsonNodeFactory.instance.objectNode())
            .orElseThrow();
    assertThat(oss.rule).isEqualTo(RuleId.SCHEMA);
    assertThat(oss.rule.severity()).isEqualTo(Severity.ERROR);
    assertThat(oss.message).isEqualTo(UNKNOWN_TOP_LEVEL.message());
  }

  @Test
  void shouldWarnAboutUnknownKeysInVsCodeAndDevcontainerFilesButRejectWrongValues() {
    SchemaFinding wrongType = new SchemaFinding("type", "/version", false, "Use a string.");
    for (ConfigKind kind :
        new ConfigKind[] {
          ConfigKind.VSCODE_SETTINGS,
          ConfigKind.VSCODE_WORKSPACE,
          ConfigKind.VSCODE_TASKS,
          ConfigKind.VSCODE_LAUNCH,
          ConfigKind.DEVCONTAINER
        }) {
      KindProfile.FindingPolicy policy = profile(kind).policy;
      ObjectNode root = JsonNodeFactory.instance.objectNode();

      assertThat(policy.classify(UNKNOWN_TOP_LEVEL, root).orElseThrow().rule)
          .as("%s", kind)
          .isEqualTo(RuleId.SCHEMA_UNKNOWN_PROPERTY);
      assertThat(policy.classify(wrongType, root).orElseThrow().rule)
          .as("%s", kind)
          .isEqualTo(RuleId.SCHEMA);
    }
  }

  private KindProfile profile(ConfigKind kind) {
    return KindProfile.create(kind, catalog);
  }
}
