package io.github.gocrossbuild.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests for {@link ArchTriples}. */
class ArchTriplesTest {

  @ParameterizedTest
  @CsvSource({
    "linux/arm64, aarch64-linux-gnu, aarch64-linux-musl, aarch64-linux-gnu, arm64,"
        + " /lib/ld-linux-aarch64.so.1",
    "linux/arm/v7, arm-linux-gnueabihf, arm-linux-musleabihf, arm-linux-gnueabihf, armhf,"
        + " /lib/ld-linux-armhf.so.3",
    "linux/arm, arm-linux-gnueabihf, arm-linux-musleabihf, arm-linux-gnueabihf, armhf,"
        + " /lib/ld-linux-armhf.so.3",
    "linux/arm/v6, arm-linux-gnueabi, arm-linux-musleabi, arm-linux-gnueabi, armel,"
        + " /lib/ld-linux.so.3",
    "linux/arm/v5, arm-linux-gnueabi, arm-linux-musleabi, arm-linux-gnueabi, armel,"
        + " /lib/ld-linux.so.3",
    "linux/amd64, x86_64-linux-gnu, x86_64-linux-musl, x86_64-linux-gnu, amd64,"
        + " /lib64/ld-linux-x86-64.so.2",
    "linux/386, i686-linux-gnu, i686-linux-musl, x86-linux-gnu, i386, /lib/ld-linux.so.2",
    "linux/riscv64, riscv64-linux-gnu, riscv64-linux-musl, riscv64-linux-gnu, riscv64,"
        + " /lib/ld-linux-riscv64-lp64d.so.1",
    "linux/ppc64le, powerpc64le-linux-gnu, powerpc64le-linux-musl, powerpc64le-linux-gnu,"
        + " ppc64el, /lib64/ld64.so.2",
    "linux/s390x, s390x-linux-gnu, s390x-linux-musl, s390x-linux-gnu, s390x, /lib/ld64.so.1",
    "linux/mips64le, mips64el-linux-gnuabi64, mips64el-linux-muslabi64,"
        + " mips64el-linux-gnuabi64, mips64el, /lib64/ld.so.1",
    "linux/loong64, loongarch64-linux-gnu, loongarch64-linux-musl, loongarch64-linux-gnu,"
        + " loong64, /lib64/ld-linux-loongarch-lp64d.so.1"
  })
  void shouldNameEveryLinuxTargetTheWayOtherToolsDo(
      String platform, String gnu, String musl, String zig, String debian, String loader) {
    Target t = Target.parse(platform);
    assertThat(ArchTriples.gnuTriple(t)).contains(gnu);
    assertThat(ArchTriples.muslTriple(t)).contains(musl);
    assertThat(ArchTriples.zigTriple(t)).contains(zig);
    assertThat(ArchTriples.debianArch(t)).contains(debian);
    assertThat(ArchTriples.loader(t, false)).contains(loader);
  }

  @Test
  void shouldNameTheMuslLoaders() {
    assertThat(ArchTriples.loader(Target.parse("linux/arm64"), true))
        .contains("/lib/ld-musl-aarch64.so.1");
    assertThat(ArchTriples.loader(Target.parse("linux/arm/v7"), true))
        .contains("/lib/ld-musl-armhf.so.1");
    assertThat(ArchTriples.loader(Target.parse("linux/amd64"), true))
        .contains("/lib/ld-musl-x86_64.so.1");
  }

  @Test
  void shouldHaveNoTripleOutsideLinux() {
    assertThat(ArchTriples.gnuTriple(Target.parse("darwin/arm64"))).isEmpty();
    assertThat(ArchTriples.zigTriple(Target.parse("windows/amd64"))).isEmpty();
    assertThat(ArchTriples.gnuTriple(Target.parse("js/wasm"))).isEmpty();
  }

  @Test
  void shouldGiveQemusNames() {
    assertThat(ArchTriples.qemuArch(GoArch.ARM64)).isEqualTo("aarch64");
    assertThat(ArchTriples.qemuArch(GoArch.I386)).isEqualTo("i386");
    assertThat(ArchTriples.qemuArch(GoArch.AMD64)).isEqualTo("x86_64");
    assertThat(ArchTriples.qemuArch(GoArch.MIPSLE)).isEqualTo("mipsel");
    assertThat(ArchTriples.qemuArch(GoArch.PPC64LE)).isEqualTo("ppc64le");
    assertThat(ArchTriples.qemuArch(GoArch.WASM)).isEqualTo("wasm");
  }
}
