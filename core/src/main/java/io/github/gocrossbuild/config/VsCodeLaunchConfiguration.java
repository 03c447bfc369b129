package io.github.gocrossbuild.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of a {@code launch.json}'s {@code configurations}. */
@Value.Immutable
public abstract class VsCodeLaunchConfiguration {

  VsCodeLaunchConfiguration() {}

  /**
   * Returns the name shown in the Run and Debug view.
   *
   * @return e.g. {@code Launch Package}
   */
  public abstract String name();

  /**
   * Returns the 1-based line where the configuration starts.
   *
   * @return the line, 0 when unknown
   */
  @Value.Default
  public int line() {
    return 0;
  }

  /**
   * Returns the debugger type.
   *
   * @return e.g. {@code go}
   */
  public abstract Optional<String> type();

  /**
   * Returns the request.
   *
   * @return {@code launch} or {@code attach}
   */
  public abstract Optional<String> request();

  /**
   * Returns the mode.
   *
   * @return e.g. {@code auto}, {@code debug}, {@code test}, {@code remote}
   */
  public abstract Optional<String> mode();

  /**
   * Returns the {@code debugAdapter}.
   *
   * @return {@code dlv-dap} or {@code legacy}; empty means the extension's default (dlv-dap)
   */
  public abstract Optional<String> debugAdapter();

  /**
   * Returns {@code env}, without the entries set to null.
   *
   * @return name to value as written
   */
  public abstract Map<String, String> env();

  /**
   * Returns the names {@code env} sets to null, which the debugger unsets.
   *
   * @return the names
   */
  public abstract List<String> unsetEnv();

  /**
   * Returns {@code envFile} (a string or an array in the file).
   *
   * @return the paths as written
   */
  public abstract List<String> envFiles();

  /**
   * Returns {@code buildFlags} (an array is joined with spaces).
   *
   * @return the flags as written
   */
  public abstract Optional<String> buildFlags();

  /**
   * Creates a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VsCodeLaunchConfiguration} values. */
  public static final class Builder extends ImmutableVsCodeLaunchConfiguration.Builder {
    Builder() {}
  }
}
