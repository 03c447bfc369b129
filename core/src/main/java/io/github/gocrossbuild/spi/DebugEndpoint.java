package io.github.gocrossbuild.spi;

/** A running Delve that a debugger can attach to through this machine's loopback. */
public interface DebugEndpoint extends AutoCloseable {

  /**
   * Returns the port a debugger connects to on this machine's {@code 127.0.0.1}.
   *
   * @return the local port (a forward's for a remote host, Delve's own locally)
   */
  int localPort();

  /**
   * Returns the port Delve listens on, on the host's {@code 127.0.0.1}.
   *
   * @return Delve's port
   */
  int remotePort();

  /**
   * Ends Delve and the program it debugs, and closes any forward; calling it again does nothing.
   */
  @Override
  void close();
}
