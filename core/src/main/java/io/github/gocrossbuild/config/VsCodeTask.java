package io.github.gocrossbuild.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One task of a {@code tasks.json} (version 2.0.0), the parts that decide its environment. */
@Value.Immutable
public abstract class VsCodeTask {

  VsCodeTask() {}

  /**
   * Returns the label (or the deprecated {@code taskName}).
   *
   * @return e.g. {@code build-linux-arm64}
   */
  public abstract String label();

  /**
   * Returns the 1-based line where the task object starts.
   *
   * @return the line, 0 when unknown
   */
  @Value.Default
  public int line() {
    return 0;
  }

  /**
   * Returns the task type.
   *
   * @return e.g. {@code shell}, {@code process}, {@code go}
   */
  public abstract Optional<String> type();

  /**
   * Returns the command; an array command is joined with spaces, as VS Code does.
   *
   * @return the command as written
   */
  public abstract Optional<String> command();

  /**
   * Returns the arguments.
   *
   * @return the arguments as written
   */
  public abstract List<String> args();

  /**
   * Returns {@code options.env}, the only place VS Code reads a task's environment from.
   *
   * @return name to value as written
   */
  public abstract Map<String, String> optionsEnv();

  /**
   * Returns the OS-specific {@code options.env} overrides, keyed {@code linux}, {@code osx}, {@code
   * windows}.
   *
   * @return OS key to name/value
   */
  public abstract Map<String, Map<String, String>> osOptionsEnv();

  /**
   * Returns a task-level {@code env} object: VS Code ignores it (a common mistake).
   *
   * @return name to value; empty when the task has none
   */
  public abstract Map<String, String> ignoredEnv();

  /**
   * Creates a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VsCodeTask} values. */
  public static final class Builder extends ImmutableVsCodeTask.Builder {
    Builder() {}
  }
}
