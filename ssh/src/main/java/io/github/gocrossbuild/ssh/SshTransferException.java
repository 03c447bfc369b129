package io.github.gocrossbuild.ssh;

import io.github.gocrossbuild.spi.HostTransportFailure;

/**
 * Thrown when a file could not be moved between this machine and the host intact (for example the
 * downloaded artifact's SHA-256 differs from the host's); no partial file is kept. A pool of build
 * hosts treats it as the host failing and moves the target to another host.
 */
public class SshTransferException extends SshException implements HostTransportFailure {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what differed or failed
   * @param address the host as {@code host:port}
   * @param step {@code sync}, {@code download} or {@code upload}
   * @param cause the underlying failure, or null
   */
  public SshTransferException(String message, String address, String step, Throwable cause) {
    super(message, address, step, cause);
  }
}
