package io.github.gocrossbuild.ssh;

/**
 * Thrown when the SSH connection cannot be opened (refused, unreachable, unknown name, timed out)
 * or is lost during a step; nothing half-done is left at the artifact path.
 */
public class SshConnectionException extends SshException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, with {@code host:port} and what to check
   * @param address the host as {@code host:port}
   * @param step the step that was running
   * @param cause the underlying failure, or null
   */
  public SshConnectionException(String message, String address, String step, Throwable cause) {
    super(message, address, step, cause);
  }
}
