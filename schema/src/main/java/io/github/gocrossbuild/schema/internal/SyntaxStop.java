package io.github.gocrossbuild.schema.internal;

/**
 * Unwinds a parser after it has reported a syntax error; carries no stack trace because it is
 * control flow, not a failure.
 */
final class SyntaxStop extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SyntaxStop() {
    super(null, null, false, false);
  }
}
