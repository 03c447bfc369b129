package io.github.gocrossbuild;

/** Base of every exception this library throws for a build, a proof or a host problem. */
public class GoCrossBuildException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong and how to fix it
   */
  public GoCrossBuildException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what went wrong and how to fix it
   * @param cause the underlying failure
   */
  public GoCrossBuildException(String message, Throwable cause) {
    super(message, cause);
  }
}
