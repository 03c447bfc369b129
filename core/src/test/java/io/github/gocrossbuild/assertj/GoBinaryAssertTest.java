package io.github.gocrossbuild.assertj;

import static io.github.gocrossbuild.assertj.GoCrossAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.binary.Fixtures;
import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.testing.RealTools;
import org.junit.jupiter.api.Test;

/** Tests for {@link GoBinaryAssert}. */
class GoBinaryAssertTest {

  @Test
  void shouldPassForMatchingStaticStrippedBinary() {
    GoBinary sw = Fixtures.read(Fixtures.STRIP_S_W);

    assertThat(sw)
        .targets(GoOs.LINUX, GoArch.ARM64)
        .isStaticallyLinked()
        .isStripped()
        .hasNoDebugInfo()
        .hasBuildSetting("CGO_ENABLED", "0")
        .hasGoVersionAtLeast("1.21")
        .hasGoVersionAtLeast(RealTools.goVersion())
        .needsGlibcAtMost("2.17");
  }

  @Test
  void shouldSayExpectedAndActualForWrongTarget() {
    GoBinary amd64 = Fixtures.read(Fixtures.LINUX_AMD64);

    assertThatThrownBy(() -> assertThat(amd64).targets(GoOs.LINUX, GoArch.ARM64))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected " + amd64.path() + " to target linux/arm64 but was linux/amd64");
  }

  @Test
  void shouldSayExpectedAndActualForLinkingStrippingAndDwarf() {
    GoBinary cgo = Fixtures.read(Fixtures.NATIVE_CGO);
    GoBinary none = Fixtures.read(Fixtures.STRIP_NONE);

    assertThatThrownBy(() -> assertThat(cgo).isStaticallyLinked())
        .hasMessage(
            "Expected "
                + cgo.path()
                + " to be statically linked but was dynamically"
                + " linked via /lib64/ld-linux-x86-64.so.2 against libc.so.6");
    assertThatThrownBy(() -> assertThat(none).isDynamicallyLinked())
        .hasMessage(
            "Expected " + none.path() + " to be dynamically linked but was statically" + " linked");
    assertThatThrownBy(() -> assertThat(none).isStripped())
        .hasMessage(
            "Expected " + none.path() + " to be stripped but was not (it has a symbol" + " table)");
    assertThatThrownBy(() -> assertThat(none).hasNoDebugInfo())
        .hasMessage(
            "Expected "
                + none.path()
                + " to have no debug info but was carrying DWARF"
                + " sections");
  }

  @Test
  void shouldSayExpectedAndActualForSettingsVersionsAndGlibc() {
    GoBinary cgo = Fixtures.read(Fixtures.NATIVE_CGO);
    String glibc = cgo.requiredGlibc().orElseThrow();

    assertThatThrownBy(() -> assertThat(cgo).hasBuildSetting("CGO_ENABLED", "0"))
        .hasMessage(
            "Expected "
                + cgo.path()
                + " to have build setting CGO_ENABLED=0 but was"
                + " CGO_ENABLED=1");
    assertThatThrownBy(() -> assertThat(cgo).hasBuildSetting("-trimpath", "true"))
        .hasMessage(
            "Expected "
                + cgo.path()
                + " to have build setting -trimpath=true but was"
                + " not recorded");
    assertThatThrownBy(() -> assertThat(cgo).hasGoVersionAtLeast("1.99"))
        .hasMessage(
            "Expected "
                + cgo.path()
                + " to be built by Go 1.99 or newer but was "
                + RealTools.goVersion());
    assertThatThrownBy(() -> assertThat(cgo).needsGlibcAtMost("2.2"))
        .hasMessage(
            "Expected " + cgo.path() + " to need at most GLIBC_2.2 but was needing GLIBC_" + glibc);
    assertThat(cgo).needsGlibcAtMost(glibc);
  }
}
