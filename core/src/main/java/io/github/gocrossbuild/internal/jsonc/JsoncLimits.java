package io.github.gocrossbuild.internal.jsonc;

/**
 * The one set of bounds every JSONC document the project reads is held to, whoever reads it: the
 * environment model, the validator, {@code go env -json} and the SSH sync record. Real
 * configuration files are a few kilobytes, nest fewer than ten levels and hold short strings; the
 * limits are far above that and far below what would exhaust a JVM, so hostile input ends in a
 * {@link JsoncException} instead of a {@code StackOverflowError} or an out-of-memory.
 */
public final class JsoncLimits {
  /**
   * Largest document: 10 MiB, in bytes for a file (checked before it is read) and in characters for
   * a text.
   */
  public static final int MAX_SIZE = 10 * 1024 * 1024;

  /** Deepest nesting of objects and arrays; the reader keeps its own stack, never recursing. */
  public static final int MAX_DEPTH = 100;

  /** Longest string value or property name, in characters (1 MiB). */
  public static final int MAX_STRING_CHARS = 1024 * 1024;

  /**
   * Longest number, in characters; with {@link #MAX_EXPONENT_DIGITS} it keeps number conversion
   * linear (a 10 MB run of digits would make {@code BigInteger} parsing quadratic).
   */
  public static final int MAX_NUMBER_CHARS = 100;

  /** Most digits in a number's exponent: every double fits, {@code 1e99999999999} does not. */
  public static final int MAX_EXPONENT_DIGITS = 4;

  private JsoncLimits() {}
}
