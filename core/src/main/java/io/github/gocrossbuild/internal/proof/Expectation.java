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
   * Tells whether the binary must be statically linked ({@code staticLink()}).
   *
   * @return true when a dynamic binary is a problem
   */
  @Value.Default
  public boolean staticLink() {
    return false;
  }

  /**
   * Returns the interpreter a dynamic binary must name.
   *
   * @return e.g. {@code /lib/ld-linux-aarch64.so.1}; empty when not checked
   */
  public abstract Optional<String> interpreter();

  /**
   * Returns the newest glibc the binary may need.
   *
   * @return e.g. {@code 2.28}; empty when not checked
   */
  public abstract Optional<String> glibcAtMost();

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
