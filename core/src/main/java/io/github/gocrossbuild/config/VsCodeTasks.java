package io.github.gocrossbuild.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A workspace's {@code .vscode/tasks.json}: the file-wide options and the tasks. */
@Value.Immutable
public abstract class VsCodeTasks {

  VsCodeTasks() {}

  /**
   * Returns the file the tasks came from.
   *
   * @return e.g. {@code .vscode/tasks.json}; empty when the workspace has none
   */
  public abstract Optional<String> file();

  /**
   * Returns the {@code version}.
   *
   * @return e.g. {@code 2.0.0}
   */
  public abstract Optional<String> version();

  /**
   * Returns the file-wide {@code options.env}, applied below every task's own.
   *
   * @return name to value as written
   */
  public abstract Map<String, String> optionsEnv();

  /**
   * Returns the file-wide OS-specific {@code options.env}, keyed {@code linux}, {@code osx}, {@code
   * windows}.
   *
   * @return OS key to name/value
   */
  public abstract Map<String, Map<String, String>> osOptionsEnv();

  /**
   * Returns the tasks in file order.
   *
   * @return the tasks
   */
  public abstract List<VsCodeTask> tasks();

  /**
   * Returns an empty value, for a workspace without tasks.json.
   *
   * @return no tasks
   */
  public static VsCodeTasks empty() {
    return builder().build();
  }

  /**
   * Creates a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VsCodeTasks} values. */
  public static final class Builder extends ImmutableVsCodeTasks.Builder {
    Builder() {}
  }
}
