package io.github.gocrossbuild;

import io.github.gocrossbuild.internal.GoCrossStyle;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of running a built artifact once: natively, under qemu-user, or skipped with the
 * reason.
 */
@Value.Immutable
@GoCrossStyle
public abstract class SmokeTestResult {

  SmokeTestResult() {}

  /**
   * Tells whether the artifact was started.
   *
   * @return false when the run was skipped
   */
  public abstract boolean ran();

  /**
   * Returns the exit code.
   *
   * @return the code; empty when skipped or killed on timeout
   */
  public abstract Optional<Integer> exitCode();

  /**
   * Tells whether the run was killed because it took longer than the timeout.
   *
   * @return true after a timeout
   */
  @Value.Default
  public boolean timedOut() {
    return false;
  }

  /**
   * Returns standard output and standard error, interleaved (capped at 1 MB).
   *
   * @return the output; empty when skipped
   */
  @Value.Default
  public String output() {
    return "";
  }

  /**
   * Says how the artifact was run, typed.
   *
   * @return the runner, e.g. {@link SmokeTestRunner#nativeRun()}
   */
  public abstract SmokeTestRunner via();

  /**
   * Says how the artifact was run.
   *
   * @return {@code native}, an emulator such as {@code qemu-aarch64-static}, {@code ssh
   *     user@host:port}, or {@code none}
   */
  public String runner() {
    return via().name();
  }

  /**
   * Returns the command line that ran.
   *
   * @return the argv; empty when skipped
   */
  public abstract List<String> command();

  /**
   * Says why the run was skipped.
   *
   * @return e.g. {@code cannot run windows/amd64 on linux/amd64}; empty when it ran
   */
  public abstract Optional<String> skipReason();

  /**
   * Returns how long the run took.
   *
   * @return wall time; zero when skipped
   */
  @Value.Default
  public Duration duration() {
    return Duration.ZERO;
  }

  /**
   * Tells whether the run failed: it ran and exited non-zero or timed out.
   *
   * @return true for a failure; false for success and for a skip
   */
  public boolean failed() {
    return ran() && (timedOut() || exitCode().orElse(-1) != 0);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SmokeTestResult} values. */
  public static final class Builder extends ImmutableSmokeTestResult.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }

  @Override
  public String toString() {
    if (!ran()) {
      return "skipped: " + skipReason().orElse("");
    }
    return (timedOut() ? "timed out" : "exit " + exitCode().orElse(-1))
        + " after "
        + duration().toMillis()
        + " ms via "
        + runner();
  }
}
