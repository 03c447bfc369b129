package io.github.gocrossbuild.spi;

/**
 * A {@link BuildHost} that can also run Delve next to the programs it builds, for {@link
 * io.github.gocrossbuild.GoCrossBuilder#debug(String...)}. This machine always can (for its own
 * platform); the ssh module's host implements this interface.
 */
public interface DebugHost {

  /**
   * Starts Delve on the host for a proven debug binary and returns once it accepts connections.
   * Delve must listen on the host's loopback only, and whatever forwards to it must bind this
   * machine's loopback only; when the connection to the host drops, Delve and the program must not
   * outlive it.
   *
   * @param request what to debug, with the rules for Delve's command line ({@link
   *     DebugRequest#delveArgv})
   * @return the running endpoint; closing it ends Delve, the program and any forward
   * @throws io.github.gocrossbuild.DebugException when the host cannot run the target, has no
   *     Delve, or Delve does not start
   */
  DebugEndpoint startDebugger(DebugRequest request);
}
