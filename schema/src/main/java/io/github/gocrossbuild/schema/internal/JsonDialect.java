package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.internal.jsonc.JsoncSyntax;

/**
 * The JSON syntax a kind of file accepts, and which of VS Code's tolerances the validator reports.
 */
public enum JsonDialect {
  /** VS Code files: comments and trailing commas are fine; an empty file is a warning. */
  JSONC(JsoncSyntax.VSCODE, null),
  /** devcontainer.json: comments are fine, a trailing comma is a warning. */
  COMMENTS_WARN_TRAILING_COMMA(JsoncSyntax.JSONC, RuleId.DEVCONTAINER_TRAILING_COMMA),
  /** host.json: plain JSON; comments and trailing commas are syntax errors. */
  STRICT(JsoncSyntax.JSON, null);

  private final JsoncSyntax syntax;
  private final RuleId trailingCommaRule;

  JsonDialect(JsoncSyntax syntax, RuleId trailingCommaRule) {
    this.syntax = syntax;
    this.trailingCommaRule = trailingCommaRule;
  }

  /** Returns what the reader accepts. */
  JsoncSyntax syntax() {
    return syntax;
  }

  /** Returns the rule id a trailing comma is reported under, or null when it is not reported. */
  RuleId trailingCommaRule() {
    return trailingCommaRule;
  }
}
