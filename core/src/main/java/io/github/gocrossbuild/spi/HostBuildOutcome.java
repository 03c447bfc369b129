package io.github.gocrossbuild.spi;

import io.github.gocrossbuild.internal.GoCrossStyle;
import java.util.List;
import org.immutables.value.Value;

/** What a {@link BuildHost} reports after running {@code go build}. */
@Value.Immutable
@GoCrossStyle
public abstract class HostBuildOutcome {

  HostBuildOutcome() {}

  /**
   * Returns the argv that was run.
   *
   * @return the command, {@code go} first
   */
  public abstract List<String> command();

  /**
   * Returns the exit code of {@code go build}.
   *
   * @return 0 on success
   */
  public abstract int exitCode();

  /**
   * Returns everything {@code go build} printed, stdout and stderr interleaved.
   *
   * @return the output, possibly empty
   */
  public abstract String output();

  /**
   * Creates an outcome.
   *
   * @param command the argv run
   * @param exitCode the exit code
   * @param output the combined output
   * @return the outcome
   */
  public static HostBuildOutcome of(List<String> command, int exitCode, String output) {
    return ImmutableHostBuildOutcome.builder()
        .command(command)
        .exitCode(exitCode)
        .output(output)
        .build();
  }
}
