package io.github.gocrossbuild.ssh;

import io.github.gocrossbuild.spi.HostTransportFailure;

/**
 * Thrown when the SSH connection cannot be opened (refused, unreachable, unknown name, timed out)
 * or is lost during a step; nothing half-done is left at the artifact path. A pool of build hosts
 * treats it as the host failing and moves the target to another host.
 */
public class SshConnectionException extends SshException implements HostTransportFailure {
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
