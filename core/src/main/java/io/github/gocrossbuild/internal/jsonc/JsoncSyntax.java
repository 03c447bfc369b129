package io.github.gocrossbuild.internal.jsonc;

/** The syntax a kind of document accepts. */
public enum JsoncSyntax {
  /**
   * VS Code's settings, tasks and launch files: comments, trailing commas, and a document with no
   * value at all (VS Code reads it as {@code {}}).
   */
  VSCODE(true, true, true),
  /** JSON with comments and trailing commas that must hold a value, such as devcontainer.json. */
  JSONC(true, true, false),
  /** Plain JSON (RFC 8259): host.json, {@code go env -json}, the sync record, the schemas. */
  JSON(false, false, false);

  private final boolean comments;
  private final boolean trailingCommas;
  private final boolean empty;

  JsoncSyntax(boolean comments, boolean trailingCommas, boolean empty) {
    this.comments = comments;
    this.trailingCommas = trailingCommas;
    this.empty = empty;
  }

  /**
   * Tells whether {@code //} and {@code /* *}{@code /} comments are allowed.
   *
   * @return true for VS Code and JSONC files
   */
  public boolean allowsComments() {
    return comments;
  }

  /**
   * Tells whether a comma may stand before a closing bracket.
   *
   * @return true for VS Code and JSONC files
   */
  public boolean allowsTrailingCommas() {
    return trailingCommas;
  }

  /**
   * Tells whether a document of only blanks and comments is accepted as holding no value.
   *
   * @return true for VS Code files
   */
  public boolean allowsEmpty() {
    return empty;
  }
}
