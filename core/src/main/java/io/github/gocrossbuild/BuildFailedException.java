package io.github.gocrossbuild;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Thrown when {@code go build} exits with a non-zero code. */
public class BuildFailedException extends GoCrossBuildException {
  private static final long serialVersionUID = 1L;

  private final transient Target target;
  private final int exitCode;
  private final String output;
  private final List<String> command;
  private final Map<String, String> variables;

  /**
   * Creates the exception.
   *
   * @param target the target being built
   * @param exitCode the exit code of {@code go build}
   * @param output everything it printed
   * @param command the argv
   * @param variables the variables the library set (GOOS, GOARCH, CGO_ENABLED, ...)
   */
  public BuildFailedException(
      Target target,
      int exitCode,
      String output,
      List<String> command,
      Map<String, String> variables) {
    super(message(target, exitCode, output));
    this.target = target;
    this.exitCode = exitCode;
    this.output = output;
    this.command = List.copyOf(command);
    this.variables = Map.copyOf(variables);
  }

  private static String message(Target target, int exitCode, String output) {
    return "go build for "
        + target
        + " failed with exit code "
        + exitCode
        + firstError(output).map(line -> ": " + line).orElse("");
  }

  /**
   * Finds the first line of compiler output that reports an error, skipping {@code # package}
   * headers.
   *
   * @param output the compiler output
   * @return the first error line, if any
   */
  static Optional<String> firstError(String output) {
    for (String line : output.split("\\R")) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the target being built.
   *
   * @return the target
   */
  public Target target() {
    return target;
  }

  /**
   * Returns the exit code of {@code go build}.
   *
   * @return the exit code, non-zero
   */
  public int exitCode() {
    return exitCode;
  }

  /**
   * Returns the complete compiler output.
   *
   * @return stdout and stderr, interleaved
   */
  public String output() {
    return output;
  }

  /**
   * Returns the argv that was run.
   *
   * @return the command
   */
  public List<String> command() {
    return command;
  }

  /**
   * Returns the variables the library set for the build.
   *
   * @return name to value
   */
  public Map<String, String> variables() {
    return variables;
  }
}
