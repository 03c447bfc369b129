package io.github.gocrossbuild;

import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.internal.GoCrossStyle;
import org.immutables.value.Value;

/** Whether cgo applied to a build, where that came from, and why. */
@Value.Immutable
@GoCrossStyle
public abstract class CgoDecision {

  CgoDecision() {}

  /**
   * Tells whether cgo is on.
   *
   * @return true when CGO_ENABLED is 1
   */
  @Value.Parameter
  public abstract boolean enabled();

  /**
   * Returns the layer the value came from.
   *
   * @return e.g. {@link EnvLayer#BUILDER_CGO} for {@code noCgo()}, {@link EnvLayer#GO_DEFAULT} for
   *     Go's own rule
   */
  @Value.Parameter
  public abstract EnvLayer layer();

  /**
   * Returns why, in one sentence.
   *
   * @return e.g. "Go disables cgo by default when cross-compiling (linux/amd64 to linux/arm64)"
   */
  @Value.Parameter
  public abstract String reason();

  /**
   * Returns the value as Go spells it.
   *
   * @return {@code "1"} or {@code "0"}
   */
  public String value() {
    return enabled() ? "1" : "0";
  }

  /**
   * Creates a decision.
   *
   * @param enabled whether cgo is on
   * @param layer where the value came from
   * @param reason why
   * @return the decision
   */
  public static CgoDecision of(boolean enabled, EnvLayer layer, String reason) {
    return ImmutableCgoDecision.of(enabled, layer, reason);
  }

  @Override
  public String toString() {
    return "CGO_ENABLED=" + value() + " (" + reason() + ")";
  }
}
