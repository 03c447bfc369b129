package io.github.gocrossbuild.ssh.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.InvalidTargetException;
import io.github.gocrossbuild.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests for {@link Uname}. */
class UnameTest {

  @Test
  void shouldMapCommonMachinesToGoTargets() {
    assertThat(Uname.toTarget("Linux aarch64", 64)).hasValue(Target.parse("linux/arm64"));
    assertThat(Uname.toTarget("Linux x86_64", 64)).hasValue(Target.parse("linux/amd64"));
    assertThat(Uname.toTarget("Linux armv7l", 32)).hasValue(Target.parse("linux/arm/v7"));
    assertThat(Uname.toTarget("Linux armv6l", 32)).hasValue(Target.parse("linux/arm/v6"));
    assertThat(Uname.toTarget("Darwin arm64", 64)).hasValue(Target.parse("darwin/arm64"));
    assertThat(Uname.toTarget("FreeBSD amd64", 64)).hasValue(Target.parse("freebsd/amd64"));
    assertThat(Uname.toTarget("Linux riscv64", 64)).hasValue(Target.parse("linux/riscv64"));
    assertThat(Uname.toTarget("SunOS amd64", 64)).hasValue(Target.parse("solaris/amd64"));
  }

  @Test
  void shouldTreatA64BitKernelWith32BitUserlandAsItsThirtyTwoBitArchitecture() {
    assertThat(Uname.toTarget("Linux aarch64", 32)).hasValue(Target.parse("linux/arm/v7"));
    assertThat(Uname.toTarget("Linux x86_64", 32)).hasValue(Target.parse("linux/386"));
  }

  @Test
  void shouldMapArmv8lToThirtyTwoBitArmAsTargetParseDoes() {
    Target fromUname = Uname.toTarget("Linux armv8l", 0).orElseThrow();
    assertThat(fromUname).isEqualTo(Target.parse("linux/arm/v7"));
    assertThatThrownBy(() -> Target.parse("linux/armv8l"))
        .isInstanceOfSatisfying(
            InvalidTargetException.class,
            e -> assertThat(e.suggestion()).contains(fromUname.platform()));
  }

  @Test
  void shouldMapEveryGoArchAliasAndNameLikeTargetParseAndGoArch() {
    for (GoArch arch : GoArch.values()) {
      for (GoArch.Alias alias : arch.aliases()) {
        Target fromUname = Uname.toTarget("Linux " + alias.spelling(), 0).orElseThrow();
        assertThatThrownBy(() -> Target.parse("linux/" + alias.spelling()))
            .as(alias.spelling())
            .isInstanceOfSatisfying(
                InvalidTargetException.class,
                e -> assertThat(e.suggestion()).contains(fromUname.platform()));
        assertThat(GoArch.fromName(alias.spelling())).contains(fromUname.goarch());
      }
      if (arch != GoArch.WASM) {
        assertThat(Uname.toTarget("Linux " + arch.goName(), 0))
            .hasValue(Target.of(io.github.gocrossbuild.GoOs.LINUX, arch));
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"Linux vax", "Linux aarch64_be", "Linux armv7b", "Linux sparc64", "Plan10 x86_64"})
  void shouldReturnEmptyForUnknownMachines(String uname) {
    assertThat(Uname.toTarget(uname, 0)).isEmpty();
  }

  @Test
  void shouldReturnEmptyForMalformedOutput() {
    assertThat(Uname.toTarget("", 0)).isEmpty();
    assertThat(Uname.toTarget("Linux", 64)).isEmpty();
  }
}
