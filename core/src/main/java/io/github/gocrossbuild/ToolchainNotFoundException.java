package io.github.gocrossbuild;

import java.util.List;

/** Thrown when no Go toolchain can be found, or a given one is not a Go toolchain. */
public class ToolchainNotFoundException extends GoCrossBuildException {
  private static final long serialVersionUID = 1L;

  private final List<String> placesLooked;

  /**
   * Creates the exception.
   *
   * @param message what was wrong and how to install Go
   * @param placesLooked every place looked, each with what was found there
   */
  public ToolchainNotFoundException(String message, List<String> placesLooked) {
    super(message);
    this.placesLooked = List.copyOf(placesLooked);
  }

  /**
   * Returns every place looked, in order, each with what was found there.
   *
   * @return e.g. {@code PATH: /usr/bin, /bin (no go)}
   */
  public List<String> placesLooked() {
    return placesLooked;
  }
}
