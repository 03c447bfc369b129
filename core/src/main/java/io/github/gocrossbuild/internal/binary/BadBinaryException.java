package io.github.gocrossbuild.internal.binary;

/**
 * Thrown by the format readers when a header, table or offset is malformed; {@code GoBinary.read}
 * turns it into an {@code InvalidBinaryException} that names the file.
 */
public final class BadBinaryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problem what is wrong, e.g. "ELF section header table lies past the end of the file"
   */
  public BadBinaryException(String problem) {
    super(problem, null, false, false);
  }
}
