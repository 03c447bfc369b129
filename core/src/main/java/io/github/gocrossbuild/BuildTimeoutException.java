package io.github.gocrossbuild;

import java.time.Duration;

/** Thrown when a build does not finish within its {@code timeout}; its process tree was killed. */
public class BuildTimeoutException extends GoCrossBuildException {
  private static final long serialVersionUID = 1L;

  private final transient Target target;
  private final transient Duration timeout;
  private final String output;

  /**
   * Creates the exception.
   *
   * @param target the target being built
   * @param timeout the limit that passed
   * @param output what the build printed before it was killed
   */
  public BuildTimeoutException(Target target, Duration timeout, String output) {
    super(
        "go build for "
            + target
            + " did not finish within "
            + timeout.toMillis()
            + " ms and was killed; no artifact was written. Raise timeout(...) if the build is slow"
            + " (a cold cross build compiles the standard library for the target).");
    this.target = target;
    this.timeout = timeout;
    this.output = output;
  }

  /**
   * Returns the target being built.
   *
   * @return the target
   */
  public Target target() {
    return target;
  }

  /**
   * Returns the limit that passed.
   *
   * @return the timeout
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * Returns what the build printed before it was killed.
   *
   * @return the partial output
   */
  public String output() {
    return output;
  }
}
