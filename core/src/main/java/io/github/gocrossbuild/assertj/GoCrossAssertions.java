package io.github.gocrossbuild.assertj;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.binary.GoBinary;

/**
 * Entry point of the AssertJ assertions for GoCrossBuild types; AssertJ is an optional dependency
 * of core, so add {@code assertj-core} to use this class.
 *
 * <pre>{@code
 * import static io.github.gocrossbuild.assertj.GoCrossAssertions.assertThat;
 *
 * assertThat(GoBinary.read(artifact)).targets(LINUX, ARM64).hasBuildSetting("CGO_ENABLED", "0");
 * }</pre>
 */
public final class GoCrossAssertions {
  private GoCrossAssertions() {}

  /**
   * Starts assertions on a binary.
   *
   * @param actual the binary under test
   * @return the assertion
   */
  public static GoBinaryAssert assertThat(GoBinary actual) {
    return new GoBinaryAssert(actual);
  }

  /**
   * Starts assertions on a build result.
   *
   * @param actual the result under test
   * @return the assertion
   */
  public static BuildResultAssert assertThat(BuildResult actual) {
    return new BuildResultAssert(actual);
  }
}
