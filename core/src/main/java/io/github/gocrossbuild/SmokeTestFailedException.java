package io.github.gocrossbuild;

import java.nio.file.Path;
import java.util.Objects;

/** Thrown when a smoke run of an artifact exits non-zero, times out, or cannot be started. */
public class SmokeTestFailedException extends GoCrossBuildException {
  private static final long serialVersionUID = 1L;

  private final transient Path artifact;
  private final SmokeTestResult result;

  /**
   * Creates the exception.
   *
   * @param artifact the file that was run
   * @param result what happened
   * @param problem what went wrong, e.g. {@code exited with code 3}
   */
  public SmokeTestFailedException(Path artifact, SmokeTestResult result, String problem) {
    super(
        artifact
            + ": smoke test "
            + problem
            + " ("
            + String.join(" ", result.command())
            + " via "
            + result.runner()
            + ")"
            + tail(result.output()));
    this.artifact = Objects.requireNonNull(artifact, "artifact");
    this.result = result;
  }

  private static String tail(String output) {
    if (output.isBlank()) {
      return ", no output.";
    }
    String t = output.length() > 2000 ? "..." + output.substring(output.length() - 2000) : output;
    return ", output:\n" + t.stripTrailing();
  }

  /**
   * Returns the file that was run.
   *
   * @return the artifact
   */
  public Path artifact() {
    return artifact;
  }

  /**
   * Returns the result of the run.
   *
   * @return exit code, output, runner, duration
   */
  public SmokeTestResult result() {
    return result;
  }

  /**
   * Returns the output of the run.
   *
   * @return standard output and error, interleaved
   */
  public String output() {
    return result.output();
  }

  /**
   * Returns the exit code.
   *
   * @return the code, or empty after a timeout or when the process could not start
   */
  public java.util.Optional<Integer> exitCode() {
    return result.exitCode();
  }
}
