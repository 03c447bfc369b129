package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.schema.ConfigKind;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Everything that differs between kinds: syntax, schema, lint rules and how strictly schema
 * violations count.
 */
final class KindProfile {
  /** Decides the rule id and severity of a schema finding, or drops it. */
  @FunctionalInterface
  interface FindingPolicy {
    Optional<Verdict> classify(SchemaFinding finding, JsonNode root);
  }

  /** A rule (which carries the severity) and wording for a schema finding. */
  static final class Verdict {
    final RuleId rule;
    final String message;

    Verdict(RuleId rule, String message) {
      this.rule = rule;
      this.message = message;
    }
  }

  /** Every schema finding is an error: GoReleaser's strict decoder rejects unknown keys too. */
  static final FindingPolicy STRICT =
      (finding, root) -> Optional.of(new Verdict(RuleId.SCHEMA, finding.message()));

  /**
   * VS Code and the Dev Container tools ignore keys they do not know (VS Code greys them out), so
   * an unknown property is a warning; a wrong value is still an error.
   */
  static final FindingPolicy IGNORES_UNKNOWN_KEYS =
      (finding, root) ->
          Optional.of(
              finding.isUnknownProperty()
                  ? new Verdict(RuleId.SCHEMA_UNKNOWN_PROPERTY, finding.message())
                  : new Verdict(RuleId.SCHEMA, finding.message()));

  final ConfigKind kind;

  /** The JSON dialect, or null for YAML. */
  final JsonDialect dialect;

  final String schema;
  final List<Rule> rules;
  final FindingPolicy policy;

  KindProfile(
      ConfigKind kind, JsonDialect dialect, String schema, List<Rule> rules, FindingPolicy policy) {
    this.kind = kind;
    this.dialect = dialect;
    this.schema = schema;
    this.rules = rules;
    this.policy = policy;
  }

  static KindProfile create(ConfigKind kind, SchemaCatalog catalog) {
    switch (kind) {
      case VSCODE_SETTINGS:
        return settings(kind, "vscode-settings.schema.json", "", catalog);
      case VSCODE_WORKSPACE:
        return settings(kind, "vscode-workspace.schema.json", "/settings", catalog);
      case VSCODE_TASKS:
        return new KindProfile(
            kind,
            JsonDialect.JSONC,
            "vscode-tasks.schema.json",
            List.of(new TasksRules()),
            IGNORES_UNKNOWN_KEYS);
      case VSCODE_LAUNCH:
        return new KindProfile(
            kind,
            JsonDialect.JSONC,
            "vscode-launch.schema.json",
            List.of(new LaunchRules()),
            IGNORES_UNKNOWN_KEYS);
      case DEVCONTAINER:
        return new KindProfile(
            kind,
            JsonDialect.COMMENTS_WARN_TRAILING_COMMA,
            "devcontainer.schema.json",
            List.of(new DevcontainerRules(new SettingsRules(catalog))),
            IGNORES_UNKNOWN_KEYS);
      case AZURE_FUNCTIONS_HOST:
        return new KindProfile(
            kind,
            JsonDialect.STRICT,
            "host.schema.json",
            List.of(new HostRules()),
            KindProfile::hostPolicy);
      case GORELEASER:
        return new KindProfile(
            kind,
            null,
            "goreleaser.schema.json",
            List.of(new GoreleaserRules()),
            KindProfile::goreleaserPolicy);
      default:
        throw new IllegalArgumentException("No profile for " + kind);
    }
  }

  /**
   * A VS Code file whose Go settings sit at {@code settingsPointer}: settings.json (the root) or a
   * {@code *.code-workspace} (its {@code "settings"} object).
   */
  private static KindProfile settings(
      ConfigKind kind, String schema, String settingsPointer, SchemaCatalog catalog) {
    SettingsRules settings = new SettingsRules(catalog);
    JsonPointer at = JsonPointer.compile(settingsPointer);
    return new KindProfile(
        kind,
        JsonDialect.JSONC,
        schema,
        List.of(
            (root, sink) -> settings.check(root.at(at), settingsPointer, sink),
            (root, sink) -> CommonRules.workspaceRoot(root, "", sink)),
        IGNORES_UNKNOWN_KEYS);
  }

  /** The Functions host ignores keys it does not know, so those are warnings, not errors. */
  private static Optional<Verdict> hostPolicy(SchemaFinding finding, JsonNode root) {
    if (finding.isUnknownProperty()) {
      String message =
          finding
              .message()
              .replace(
                  "is not allowed here",
                  "is not a host.json setting and the Functions host ignores it");
      return Optional.of(new Verdict(RuleId.HOST_UNKNOWN_PROPERTY, message));
    }
    return STRICT.classify(finding, root);
  }

  /**
   * GoReleaser Pro accepts top-level sections this schema does not describe; with {@code pro: true}
   * those are not reported.
   */
  private static Optional<Verdict> goreleaserPolicy(SchemaFinding finding, JsonNode root) {
    boolean topLevel = finding.pointer().lastIndexOf('/') == 0;
    if (finding.isUnknownProperty() && topLevel && root.path("pro").asBoolean(false)) {
      return Optional.empty();
    }
    return STRICT.classify(finding, root);
  }
}
