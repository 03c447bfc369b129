package io.github.gocrossbuild.internal.cgo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.Target;
import org.junit.jupiter.api.Test;

/** Tests for {@link CcFix}. */
class CcFixTest {

  @Test
  void shouldNameDebiansCrossPackagesFromTheTriple() {
    assertThat(CcFix.fix(Target.parse("linux/arm64"), true))
        .startsWith(
            "sudo apt-get install gcc-aarch64-linux-gnu libc6-dev-arm64-cross (Debian/Ubuntu);"
                + " or install zig");
    assertThat(CcFix.fix(Target.parse("linux/arm/v7"), true))
        .startsWith("sudo apt-get install gcc-arm-linux-gnueabihf libc6-dev-armhf-cross");
    assertThat(CcFix.fix(Target.parse("linux/arm/v6"), true))
        .startsWith("sudo apt-get install gcc-arm-linux-gnueabi libc6-dev-armel-cross");
    assertThat(CcFix.fix(Target.parse("linux/ppc64le"), true))
        .startsWith("sudo apt-get install gcc-powerpc64le-linux-gnu libc6-dev-ppc64el-cross");
  }

  @Test
  void shouldSuggestZigOrANativeSshHostElsewhere() {
    assertThat(CcFix.fix(Target.parse("linux/arm64"), false))
        .isEqualTo(
            "install zig (https://ziglang.org/download/) and put it on PATH: `zig cc -target"
                + " aarch64-linux-gnu` then compiles C for linux/arm64; or build on a linux/arm64"
                + " host over SSH (on(SshBuildHost.connect(...))), where the host's own gcc is"
                + " used; or give a cross compiler with cc(Path)");
  }
}
