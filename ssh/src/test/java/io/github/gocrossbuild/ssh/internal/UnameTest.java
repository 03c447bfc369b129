package io.github.gocrossbuild.ssh.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.Target;
import org.junit.jupiter.api.Test;

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
  }

  @Test
  void shouldTreatA64BitArmKernelWith32BitUserlandAsArm() {
    assertThat(Uname.toTarget("Linux aarch64", 32)).hasValue(Target.parse("linux/arm/v7"));
  }

  @Test
  void shouldReturnEmptyForUnknownMachines() {
    assertThat(Uname.toTarget("Linux vax", 32)).isEmpty();
    assertThat(Uname.toTarget("Plan10 x86_64", 64)).isEmpty();
    assertThat(Uname.toTarget("", 0)).isEmpty();
  }
}
