package io.github.gocrossbuild.ssh;

import io.github.gocrossbuild.internal.GoCrossStyle;
import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/** The outcome of running a program on an SSH host, e.g. a smoke test of a fresh artifact. */
@Value.Immutable
@GoCrossStyle
public abstract class RemoteRun {

  RemoteRun() {}

  /**
   * Returns the argv run on the host.
   *
   * @return the command, the program first
   */
  public abstract List<String> command();

  /**
   * Returns the exit code.
   *
   * @return the code; -1 when the run timed out and was killed
   */
  public abstract int exitCode();

  /**
   * Returns what the program printed, stdout and stderr interleaved.
   *
   * @return the output
   */
  public abstract String output();

  /**
   * Tells whether the time limit passed and the program was killed.
   *
   * @return true on timeout
   */
  public abstract boolean timedOut();

  /**
   * Returns how long the run took, upload included.
   *
   * @return the duration
   */
  public abstract Duration duration();

  /**
   * Tells whether the program ran and exited with 0.
   *
   * @return true on success
   */
  public boolean succeeded() {
    return !timedOut() && exitCode() == 0;
  }

  /**
   * Creates a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RemoteRun} values. */
  public static final class Builder extends ImmutableRemoteRun.Builder {
    Builder() {}
  }
}
