package io.github.gocrossbuild.assertj;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.SmokeTestResult;
import java.nio.file.Files;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link BuildResult}; binary properties delegate to {@link GoBinaryAssert}.
 *
 * <pre>{@code
 * assertThat(result).targets(LINUX, ARM64).isStaticallyLinked().hasCgo(false).passedSmokeTest();
 * }</pre>
 */
public class BuildResultAssert extends AbstractAssert<BuildResultAssert, BuildResult> {

  /**
   * Creates the assertion.
   *
   * @param actual the result under test
   */
  public BuildResultAssert(BuildResult actual) {
    super(actual, BuildResultAssert.class);
  }

  /**
   * Returns assertions on the artifact's binary report.
   *
   * @return the binary assertion
   */
  public GoBinaryAssert binary() {
    isNotNull();
    return new GoBinaryAssert(actual.binary());
  }

  /**
   * Checks the artifact was built for, and is, the given platform.
   *
   * @param goos the expected OS
   * @param goarch the expected architecture
   * @return this
   */
  public BuildResultAssert targets(GoOs goos, GoArch goarch) {
    binary().targets(goos, goarch);
    return this;
  }

  /**
   * Checks the artifact is statically linked.
   *
   * @return this
   */
  public BuildResultAssert isStaticallyLinked() {
    binary().isStaticallyLinked();
    return this;
  }

  /**
   * Checks the artifact has neither a symbol table nor DWARF.
   *
   * @return this
   */
  public BuildResultAssert isStripped() {
    binary().isStripped().hasNoDebugInfo();
    return this;
  }

  /**
   * Checks the cgo value that applied.
   *
   * @param enabled the expected value
   * @return this
   */
  public BuildResultAssert hasCgo(boolean enabled) {
    isNotNull();
    if (actual.cgo().enabled() != enabled) {
      failWithMessage("Expected CGO_ENABLED=%s but was %s", enabled ? "1" : "0", actual.cgo());
    }
    return this;
  }

  /**
   * Checks the artifact file exists with the given file name.
   *
   * @param fileName e.g. {@code app-linux-arm64}
   * @return this
   */
  public BuildResultAssert hasArtifactNamed(String fileName) {
    isNotNull();
    String name = actual.artifact().getFileName().toString();
    if (!name.equals(fileName) || !Files.isRegularFile(actual.artifact())) {
      failWithMessage(
          "Expected an artifact file named %s but was %s%s",
          fileName, actual.artifact(), Files.isRegularFile(actual.artifact()) ? "" : " (missing)");
    }
    return this;
  }

  /**
   * Checks that a smoke run happened and exited 0.
   *
   * @return this
   */
  public BuildResultAssert passedSmokeTest() {
    isNotNull();
    if (actual.smokeTest().isEmpty()) {
      failWithMessage("Expected a smoke run but smokeTest(...) was not requested");
    }
    SmokeTestResult s = actual.smokeTest().get();
    if (!s.ran() || s.failed()) {
      failWithMessage("Expected a passing smoke run but was %s", s);
    }
    return this;
  }

  /**
   * Checks that no warning was raised for the build.
   *
   * @return this
   */
  public BuildResultAssert hasNoWarnings() {
    isNotNull();
    if (!actual.warnings().isEmpty()) {
      failWithMessage("Expected no warnings but was %s", actual.warnings());
    }
    return this;
  }
}
