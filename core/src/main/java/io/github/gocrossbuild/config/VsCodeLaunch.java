package io.github.gocrossbuild.config;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A workspace's {@code .vscode/launch.json}. */
@Value.Immutable
public abstract class VsCodeLaunch {

  VsCodeLaunch() {}

  /**
   * Returns the file the configurations came from.
   *
   * @return e.g. {@code .vscode/launch.json}; empty when the workspace has none
   */
  public abstract Optional<String> file();

  /**
   * Returns the configurations in file order.
   *
   * @return the configurations
   */
  public abstract List<VsCodeLaunchConfiguration> configurations();

  /**
   * Returns an empty value, for a workspace without launch.json.
   *
   * @return no configurations
   */
  public static VsCodeLaunch empty() {
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

  /** Builds {@link VsCodeLaunch} values. */
  public static final class Builder extends ImmutableVsCodeLaunch.Builder {
    Builder() {}
  }
}
