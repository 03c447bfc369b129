package io.github.gocrossbuild.assertj;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.GoVersion;
import io.github.gocrossbuild.binary.GlibcVersion;
import io.github.gocrossbuild.binary.GoBinary;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions for a {@link GoBinary}; failure messages say what was expected and what the
 * file shows.
 *
 * <pre>{@code
 * assertThat(GoBinary.read(artifact)).targets(LINUX, ARM64).isStaticallyLinked().isStripped();
 * }</pre>
 */
public class GoBinaryAssert extends AbstractAssert<GoBinaryAssert, GoBinary> {

  /**
   * Creates the assertion; use {@link GoCrossAssertions#assertThat(GoBinary)}.
   *
   * @param actual the binary under test
   */
  public GoBinaryAssert(GoBinary actual) {
    super(actual, GoBinaryAssert.class);
  }

  /**
   * Verifies GOOS and GOARCH.
   *
   * @param goos the expected OS
   * @param goarch the expected architecture
   * @return this
   */
  public GoBinaryAssert targets(GoOs goos, GoArch goarch) {
    isNotNull();
    String want = goos + "/" + goarch;
    String found =
        actual.goos().map(GoOs::goName).orElse("unknown")
            + "/"
            + actual.goarch().map(GoArch::goName).orElse("unknown");
    if (!want.equals(found)) {
      failWithMessage("Expected %s to target %s but was %s", name(), want, found);
    }
    return this;
  }

  /**
   * Verifies that no dynamic loader or shared library is needed.
   *
   * @return this
   */
  public GoBinaryAssert isStaticallyLinked() {
    isNotNull();
    if (!actual.isStaticallyLinked()) {
      failWithMessage(
          "Expected %s to be statically linked but was dynamically linked%s%s",
          name(),
          actual.interpreter().map(i -> " via " + i).orElse(""),
          actual.neededLibraries().isEmpty()
              ? ""
              : " against " + String.join(", ", actual.neededLibraries()));
    }
    return this;
  }

  /**
   * Verifies that a dynamic loader or shared libraries are needed.
   *
   * @return this
   */
  public GoBinaryAssert isDynamicallyLinked() {
    isNotNull();
    if (!actual.isDynamicallyLinked()) {
      failWithMessage("Expected %s to be dynamically linked but was statically linked", name());
    }
    return this;
  }

  /**
   * Verifies that the symbol table is gone ({@code -ldflags=-s}).
   *
   * @return this
   */
  public GoBinaryAssert isStripped() {
    isNotNull();
    if (!actual.isStripped()) {
      failWithMessage("Expected %s to be stripped but was not (it has a symbol table)", name());
    }
    return this;
  }

  /**
   * Verifies that there is no DWARF ({@code -ldflags=-w}).
   *
   * @return this
   */
  public GoBinaryAssert hasNoDebugInfo() {
    isNotNull();
    if (actual.hasDebugInfo()) {
      failWithMessage("Expected %s to have no debug info but was carrying DWARF sections", name());
    }
    return this;
  }

  /**
   * Verifies one build setting of the embedded build info.
   *
   * @param key e.g. {@code CGO_ENABLED}
   * @param value e.g. {@code 0}
   * @return this
   */
  public GoBinaryAssert hasBuildSetting(String key, String value) {
    isNotNull();
    if (actual.buildInfo().isEmpty()) {
      failWithMessage(
          "Expected %s to have build setting %s=%s but was without build info (%s)",
          name(), key, value, actual.buildInfoProblem().orElse("not a Go binary"));
    }
    Optional<String> found = actual.setting(key);
    if (!found.equals(Optional.of(value))) {
      failWithMessage(
          "Expected %s to have build setting %s=%s but was %s",
          name(), key, value, found.map(v -> key + "=" + v).orElse("not recorded"));
    }
    return this;
  }

  /**
   * Verifies the Go version, comparing numerically ({@code go1.21.10 > go1.21.9}).
   *
   * @param minimum e.g. {@code 1.21} or {@code go1.21.3}
   * @return this
   */
  public GoBinaryAssert hasGoVersionAtLeast(String minimum) {
    isNotNull();
    GoVersion least = GoVersion.parse(minimum);
    String want = least.number();
    Optional<String> found = actual.goVersion();
    if (found.isEmpty()) {
      failWithMessage(
          "Expected %s to be built by Go %s or newer but was %s",
          name(), want, actual.isGo() ? "of unknown version" : "not a Go binary");
    } else if (GoVersion.tryParse(found.get()).map(least::isNewerThan).orElse(true)) {
      failWithMessage(
          "Expected %s to be built by Go %s or newer but was %s", name(), want, found.get());
    }
    return this;
  }

  /**
   * Verifies that the binary runs with glibc of the given version; a static binary always does.
   *
   * @param maximum e.g. {@code 2.28}
   * @return this
   */
  public GoBinaryAssert needsGlibcAtMost(String maximum) {
    isNotNull();
    Optional<String> needed = actual.requiredGlibc();
    GlibcVersion most = GlibcVersion.parse(maximum);
    if (needed.isPresent() && GlibcVersion.parse(needed.get()).isNewerThan(most)) {
      failWithMessage(
          "Expected %s to need at most GLIBC_%s but was needing GLIBC_%s",
          name(), maximum, needed.get());
    }
    return this;
  }

  private String name() {
    return String.valueOf(actual.path());
  }
}
