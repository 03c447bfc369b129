package io.github.gocrossbuild.ssh;

import io.github.gocrossbuild.GoCrossBuildException;

/**
 * Thrown when a step on an SSH build host fails: the base of every exception the ssh module throws.
 * Messages name the host and the step and never contain a secret.
 */
public class SshException extends GoCrossBuildException {
  private static final long serialVersionUID = 1L;

  private final String address;
  private final String step;

  /**
   * Creates the exception.
   *
   * @param message what went wrong and what to do
   * @param address the host as {@code host:port}
   * @param step the step, e.g. {@code connect}, {@code sync}, {@code build}, {@code download}
   * @param cause the underlying failure, or null
   */
  public SshException(String message, String address, String step, Throwable cause) {
    super(message, cause);
    this.address = address;
    this.step = step;
  }

  /**
   * Returns the host the failure happened on.
   *
   * @return {@code host:port}
   */
  public String address() {
    return address;
  }

  /**
   * Returns the step that failed.
   *
   * @return e.g. {@code connect}, {@code sync}, {@code build}, {@code download}
   */
  public String step() {
    return step;
  }
}
