package io.github.gocrossbuild;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a target string or GOOS/GOARCH/variant combination is not one Go can build for; the
 * message names the input and, for known misspellings such as {@code aarch64}, the fix.
 */
public class InvalidTargetException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final String suggestion;

  /**
   * Creates the exception.
   *
   * @param input the target as given
   * @param message what is wrong and how to fix it
   * @param suggestion the corrected target, or null when there is none
   */
  public InvalidTargetException(String input, String message, String suggestion) {
    super(message);
    this.input = Objects.requireNonNull(input, "input");
    this.suggestion = suggestion;
  }

  /**
   * Returns the target as the caller wrote it.
   *
   * @return the input
   */
  public String input() {
    return input;
  }

  /**
   * Returns the corrected target, when the input was a known misspelling.
   *
   * @return e.g. {@code linux/arm64} for {@code linux/aarch64}
   */
  public Optional<String> suggestion() {
    return Optional.ofNullable(suggestion);
  }
}
