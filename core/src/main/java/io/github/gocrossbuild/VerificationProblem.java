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
   * Returns the typed property that differs.
   *
   * @return e.g. {@link VerifiedProperty#GOARCH}
   */
  @Value.Parameter
  public abstract VerifiedProperty kind();

  /**
   * Returns the property that differs, as messages name it.
   *
   * @return e.g. {@code GOARCH}, {@code build setting CGO_ENABLED}, {@code linking}, {@code DWARF}
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

  /** A named kind carries a name; every other kind is spelled as its enum says. */
  @Value.Check
  void check() {
    if (!kind().spells(property())) {
      throw new IllegalStateException(
          String.format("property: \"%s\" does not name a %s problem", property(), kind()));
    }
  }

  /**
   * Creates a problem.
   *
   * @param kind the property, e.g. {@link VerifiedProperty#GOARCH}
   * @param expected what was asked for
   * @param actual what the artifact shows
   * @return the problem
   * @throws IllegalArgumentException for {@link VerifiedProperty#VARIANT} and {@link
   *     VerifiedProperty#BUILD_SETTING}, which need a name: see {@link #variant} and {@link
   *     #buildSetting}
   */
  public static VerificationProblem of(VerifiedProperty kind, String expected, String actual) {
    if (kind.named()) {
      throw new IllegalArgumentException(kind + " problems name a variable or setting");
    }
    return ImmutableVerificationProblem.of(kind, kind.property(), expected, actual);
  }

  /**
   * Creates a problem with the target's variant variable.
   *
   * @param variable e.g. {@code GOARM}
   * @param expected what was asked for
   * @param actual what the artifact records
   * @return the problem, its property the variable
   */
  public static VerificationProblem variant(String variable, String expected, String actual) {
    return ImmutableVerificationProblem.of(
        VerifiedProperty.VARIANT, VerifiedProperty.VARIANT.property(variable), expected, actual);
  }

  /**
   * Creates a problem with a setting recorded in the build info.
   *
   * @param key e.g. {@code CGO_ENABLED} or {@code vcs}
   * @param expected what was asked for
   * @param actual what the artifact records
   * @return the problem, its property {@code build setting <key>}
   */
  public static VerificationProblem buildSetting(String key, String expected, String actual) {
    return ImmutableVerificationProblem.of(
        VerifiedProperty.BUILD_SETTING,
        VerifiedProperty.BUILD_SETTING.property(key),
        expected,
        actual);
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
