package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.schema.ConfigIssue.Severity;

/**
 * Every rule id the validator can report, each with the one severity its consequence earns (see the
 * package doc of {@code io.github.gocrossbuild.schema} and {@code schema/RULES.md}, which a test
 * keeps equal to this list). {@link IssueSink} takes only these, so no rule can pick a severity of
 * its own.
 */
public enum RuleId {
  // Reading the file
  SYNTAX("syntax", Severity.ERROR),
  TOO_LARGE("too-large", Severity.ERROR),
  EMPTY_FILE("empty-file", Severity.WARNING),
  DUPLICATE_KEY("duplicate-key", Severity.WARNING),
  DEVCONTAINER_TRAILING_COMMA("devcontainer.trailing-comma", Severity.WARNING),
  GORELEASER_DUPLICATE_KEY("goreleaser.duplicate-key", Severity.ERROR),
  // The embedded schemas
  SCHEMA("schema", Severity.ERROR),
  SCHEMA_UNKNOWN_PROPERTY("schema.unknown-property", Severity.WARNING),
  HOST_UNKNOWN_PROPERTY("host.unknown-property", Severity.WARNING),
  // Go values in any environment
  GO_GOARCH_ALIAS("go.goarch-alias", Severity.ERROR),
  GO_INVALID_TARGET("go.invalid-target", Severity.ERROR),
  GO_INVALID_VARIANT("go.invalid-variant", Severity.ERROR),
  GO_INVALID_ENV_VALUE("go.invalid-env-value", Severity.ERROR),
  // Shared by several kinds
  VARIABLE_WORKSPACE_ROOT("variable.workspace-root", Severity.WARNING),
  DLV_LISTEN_ALL_INTERFACES("dlv.listen-all-interfaces", Severity.WARNING),
  // settings.json, *.code-workspace and devcontainer settings
  GO_TOOLS_ENV_TARGET("go.tools-env-target", Severity.ERROR),
  GO_CUSTOM_FORMATTER_MISSING("go.custom-formatter-missing", Severity.ERROR),
  GO_REMOVED_SETTING("go.removed-setting", Severity.WARNING),
  GO_DEPRECATED_SETTING("go.deprecated-setting", Severity.WARNING),
  GO_UNKNOWN_SETTING("go.unknown-setting", Severity.WARNING),
  GOPLS_UNKNOWN_SETTING("gopls.unknown-setting", Severity.WARNING),
  GO_TOOLS_GOPATH_BIN("go.tools-gopath-bin", Severity.WARNING),
  GO_PLACEHOLDER_PATH("go.placeholder-path", Severity.ERROR),
  GO_GOPATH_WITH_TOOLS_GOPATH("go.gopath-with-tools-gopath", Severity.WARNING),
  // tasks.json
  TASKS_ENV_OUTSIDE_OPTIONS("tasks.env-outside-options", Severity.ERROR),
  TASKS_MISPLACED_OPTION("tasks.misplaced-option", Severity.ERROR),
  TASKS_PROCESS_COMMAND_WITH_ARGS("tasks.process-command-with-args", Severity.ERROR),
  TASKS_OUTPUT_NAME_TARGET("tasks.output-name-target", Severity.ERROR),
  TASKS_GROUP_WITHOUT_KIND("tasks.group-without-kind", Severity.ERROR),
  TASKS_MISPLACED_PROPERTY("tasks.misplaced-property", Severity.WARNING),
  TASKS_OLD_VERSION("tasks.old-version", Severity.WARNING),
  TASKS_DEPRECATED_PROPERTY("tasks.deprecated-property", Severity.WARNING),
  TASKS_GLOBAL_COMMAND_WITH_TASKS("tasks.global-command-with-tasks", Severity.WARNING),
  TASKS_SHELL_SINGLE_QUOTES("tasks.shell-single-quotes", Severity.WARNING),
  // launch.json
  LAUNCH_SETTINGS_KEY("launch.settings-key", Severity.ERROR),
  LAUNCH_MISPLACED_SETTING("launch.misplaced-setting", Severity.WARNING),
  LAUNCH_DEPRECATED_REMOTE("launch.deprecated-remote", Severity.WARNING),
  // devcontainer.json
  DEVCONTAINER_DEPRECATED_TOP_LEVEL("devcontainer.deprecated-top-level", Severity.WARNING),
  DEVCONTAINER_DEPRECATED_PROPERTY("devcontainer.deprecated-property", Severity.WARNING),
  DEVCONTAINER_TEMPLATE_PLACEHOLDER("devcontainer.template-placeholder", Severity.WARNING),
  VSCODE_RENAMED_EXTENSION("vscode.renamed-extension", Severity.WARNING),
  // host.json
  HOST_MISSING_VERSION("host.missing-version", Severity.ERROR),
  HOST_INVALID_VERSION("host.invalid-version", Severity.ERROR),
  HOST_CUSTOM_HANDLER_MISSING_EXECUTABLE("host.custom-handler-missing-executable", Severity.ERROR),
  HOST_V1_PROPERTY("host.v1-property", Severity.WARNING),
  HOST_LEGACY_HTTP_WORKER("host.legacy-http-worker", Severity.WARNING),
  HOST_DEPRECATED_EXTENSION_BUNDLE("host.deprecated-extension-bundle", Severity.WARNING),
  // host.json against a built handler (ConfigValidator.checkCustomHandler)
  HOST_CUSTOM_HANDLER_NAME("host.custom-handler-name", Severity.ERROR),
  HOST_CUSTOM_HANDLER_PLATFORM("host.custom-handler-platform", Severity.ERROR),
  HOST_CUSTOM_HANDLER_NOT_STATIC("host.custom-handler-not-static", Severity.WARNING),
  // .goreleaser.yaml
  GORELEASER_REMOVED_KEY("goreleaser.removed-key", Severity.ERROR),
  GORELEASER_MISSING_VERSION("goreleaser.missing-version", Severity.WARNING),
  GORELEASER_DEPRECATED_KEY("goreleaser.deprecated-key", Severity.WARNING),
  GORELEASER_UNQUOTED_NUMBER("goreleaser.unquoted-number", Severity.WARNING),
  GORELEASER_TARGETS_OVERRIDE("goreleaser.targets-override", Severity.WARNING),
  GORELEASER_NOT_REPRODUCIBLE("goreleaser.not-reproducible", Severity.WARNING);

  private final String id;
  private final Severity severity;

  RuleId(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  /**
   * Returns the id users see and filter on.
   *
   * @return e.g. {@code tasks.env-outside-options}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the severity of every issue of this rule.
   *
   * @return error when the tool rejects the file or silently does something else, else warning
   */
  public Severity severity() {
    return severity;
  }
}
