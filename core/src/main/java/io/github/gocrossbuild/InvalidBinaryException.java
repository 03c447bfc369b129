package io.github.gocrossbuild;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Thrown when a file cannot be read as an executable: empty, truncated, corrupt or not a binary.
 */
public class InvalidBinaryException extends GoCrossBuildException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  /**
   * Creates the exception.
   *
   * @param file the file that was read
   * @param problem what is wrong with it
   */
  public InvalidBinaryException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = Objects.requireNonNull(file, "file");
  }

  /**
   * Creates the exception with a cause.
   *
   * @param file the file that was read
   * @param problem what is wrong with it
   * @param cause the underlying failure
   */
  public InvalidBinaryException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = Objects.requireNonNull(file, "file");
  }

  /**
   * Returns the file that could not be read.
   *
   * @return the file
   */
  public Path file() {
    return file;
  }
}
