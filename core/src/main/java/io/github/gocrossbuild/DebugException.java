package io.github.gocrossbuild;

import java.util.Objects;

/**
 * Thrown when a debug session cannot start: no Delve on the host, a Delve too old under strict
 * version checks, a target the host cannot run, or Delve failing to listen.
 */
public class DebugException extends GoCrossBuildException {
  private static final long serialVersionUID = 1L;

  private final Target target;
  private final String host;

  /**
   * Creates the exception.
   *
   * @param message what went wrong and how to fix it
   * @param target the target being debugged
   * @param host the host Delve was to run on, e.g. {@code local}
   */
  public DebugException(String message, Target target, String host) {
    super(message);
    this.target = Objects.requireNonNull(target, "target");
    this.host = Objects.requireNonNull(host, "host");
  }

  /**
   * Returns the target being debugged.
   *
   * @return the target
   */
  public Target target() {
    return target;
  }

  /**
   * Returns the host Delve was to run on.
   *
   * @return e.g. {@code local} or {@code pi@raspberry:22}
   */
  public String host() {
    return host;
  }
}
