package io.github.gocrossbuild.spi;

import io.github.gocrossbuild.internal.GoCrossStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The environment a {@code go} command inherits on a {@link BuildHost}: the process variables and
 * the go env files Go reads itself.
 */
@Value.Immutable(prehash = true)
@GoCrossStyle
public abstract class HostEnvironment {

  HostEnvironment() {}

  /**
   * Returns the process environment a command on this host starts with.
   *
   * @return variable name to value
   */
  public abstract Map<String, String> variables();

  /**
   * Returns the path of the user's go env file ({@code go env GOENV}), if there is one.
   *
   * @return the path as the host spells it; empty for {@code GOENV=off}
   */
  public abstract Optional<String> userEnvFile();

  /**
   * Returns the values in the user's go env file.
   *
   * @return variable name to value; empty when the file is missing
   */
  public abstract Map<String, String> userEnvFileValues();

  /**
   * Returns the values in the toolchain's {@code $GOROOT/go.env}.
   *
   * @return variable name to value (GOROOT is never included: Go ignores it there)
   */
  public abstract Map<String, String> goRootEnvValues();

  /**
   * Creates a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HostEnvironment} values. */
  public static final class Builder extends ImmutableHostEnvironment.Builder {
    Builder() {}
  }
}
