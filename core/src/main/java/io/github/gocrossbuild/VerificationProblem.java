package io.github.gocrossbuild;

import io.github.gocrossbuild.internal.GoCrossStyle;
import org.immutables.value.Value;

/**
 * One way a built artifact differs from what was asked for, e.g. {@code GOARCH: expected arm64,
 * found amd64}.
 */
@Value.Immutable
@GoCrossStyle
public abstract class VerificationProblem {

  VerificationProblem() {}

  /**
   * Returns the property that differs.
   *
   * @return e.g. {@code GOARCH}, {@code CGO_ENABLED}, {@code linking}, {@code DWARF}
   */
  @Value.Parameter
  public abstract String property();

  /**
   * Returns what the build spec asked for.
   *
   * @return e.g. {@code arm64}
   */
  @Value.Parameter
  public abstract String expected();

  /**
   * Returns what the artifact shows.
   *
   * @return e.g. {@code amd64}
   */
  @Value.Parameter
  public abstract String actual();

  /**
   * Creates a problem.
   *
   * @param property the property, e.g. {@code GOARCH}
   * @param expected what was asked for
   * @param actual what the artifact shows
   * @return the problem
   */
  public static VerificationProblem of(String property, String expected, String actual) {
    return ImmutableVerificationProblem.of(property, expected, actual);
  }

  /**
   * Formats the problem.
   *
   * @return e.g. {@code GOARCH: expected arm64, found amd64}
   */
  @Override
  public String toString() {
    return property() + ": expected " + expected() + ", found " + actual();
  }
}
