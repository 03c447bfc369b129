package io.github.gocrossbuild.internal.proof;

import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.GoCrossStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** What a build asked for, in the terms {@link ArtifactVerifier} can check against a binary. */
@Value.Immutable
@GoCrossStyle
public abstract class Expectation {

  Expectation() {}

  /**
   * Returns the target, with the variant when one was requested.
   *
   * @return e.g. {@code linux/arm/v7}
   */
  public abstract Target target();

  /**
   * Returns the {@code CGO_ENABLED} value that applied to the build.
   *
   * @return true for 1, false for 0; empty when unknown (then it is not checked)
   */
  public abstract Optional<Boolean> cgoEnabled();

  /**
   * Tells whether {@code -trimpath} was passed.
   *
   * @return true when requested
   */
  @Value.Default
  public boolean trimpath() {
    return false;
  }

  /**
   * Tells whether version-control stamping was asked for.
   *
   * @return false when {@code -buildvcs=false} was passed, so no {@code vcs} setting may appear;
   *     empty when not checked
   */
  public abstract Optional<Boolean> buildvcs();

  /**
   * Tells whether {@code -ldflags=-s -w} was requested.
   *
   * @return true when symbols and DWARF must be gone
   */
  @Value.Default
  public boolean stripped() {
    return false;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates an expectation for a target with nothing else checked.
   *
   * @param target the target
   * @return the expectation
   */
  public static Expectation of(Target target) {
    return builder().target(target).build();
  }

  /** Builds {@link Expectation} values. */
  public static final class Builder extends ImmutableExpectation.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
