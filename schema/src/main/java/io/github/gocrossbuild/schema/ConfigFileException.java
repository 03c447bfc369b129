package io.github.gocrossbuild.schema;

import io.github.gocrossbuild.GoCrossBuildException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Thrown when a configuration file cannot be read, or its kind cannot be told from its name; bad
 * content never throws, it is reported as issues.
 */
public class ConfigFileException extends GoCrossBuildException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  /**
   * Creates the exception.
   *
   * @param file the file concerned
   * @param message what went wrong and how to fix it; should name the file
   */
  public ConfigFileException(Path file, String message) {
    super(message);
    this.file = Objects.requireNonNull(file, "file");
  }

  /**
   * Creates the exception with a cause.
   *
   * @param file the file concerned
   * @param message what went wrong and how to fix it; should name the file
   * @param cause the underlying failure
   */
  public ConfigFileException(Path file, String message, Throwable cause) {
    super(message, cause);
    this.file = Objects.requireNonNull(file, "file");
  }

  /**
   * Returns the file that could not be read or recognised.
   *
   * @return the path as given
   */
  public Path file() {
    return file;
  }
}
