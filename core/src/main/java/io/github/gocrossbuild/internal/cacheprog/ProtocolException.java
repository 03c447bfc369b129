package io.github.gocrossbuild.internal.cacheprog;

import java.io.IOException;

/** Thrown when a peer breaks the cache-program framing; the connection is closed without reply. */
public final class ProtocolException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what the peer sent
   */
  public ProtocolException(String message) {
    super(message);
  }
}
