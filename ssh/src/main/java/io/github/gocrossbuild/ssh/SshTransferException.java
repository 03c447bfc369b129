package io.github.gocrossbuild.ssh;

/**
 * Thrown when a file could not be moved between this machine and the host intact (for example the
 * downloaded artifact's SHA-256 differs from the host's); no partial file is kept.
 */
public class SshTransferException extends SshException {
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
