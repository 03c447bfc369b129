package io.github.gocrossbuild.internal;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.Target;
import java.util.Optional;

/**
 * The one table of what other tools call a Linux architecture, beside {@link GoArch}: the GNU cpu
 * and triple (cross gcc, Debian's {@code /usr/<triple>}), the musl triple, zig's triple,
 * qemu-user's name, Debian's architecture and the glibc and musl loaders. Everything else (cross
 * compiler hints, qemu lookup, package names, interpreter checks) is derived from here.
 */
public final class ArchTriples {

  /**
   * One architecture's row.
   *
   * @param gnuCpu the cpu part of the GNU triple, e.g. {@code aarch64}
   * @param gnuAbi the ABI part after {@code linux-}, e.g. {@code gnu} or {@code gnueabihf}
   * @param debian Debian's architecture name, e.g. {@code arm64}
   * @param qemu qemu-user's name, e.g. {@code aarch64}
   * @param zigCpu zig's cpu name, e.g. {@code x86} for 386
   * @param glibcLoader the glibc dynamic loader, or null when unknown
   * @param muslArch the musl loader's arch part ({@code ld-musl-<arch>.so.1}), or null
   */
  record Row(
      String gnuCpu,
      String gnuAbi,
      String debian,
      String qemu,
      String zigCpu,
      String glibcLoader,
      String muslArch) {}

  private ArchTriples() {}

  private static Row row(Target t) {
    return row(t.goarch(), t.goarch() == GoArch.ARM && softFloatArm(t));
  }

  private static Row row(GoArch arch, boolean softFloat) {
    return switch (arch) {
      case I386 -> new Row("i686", "gnu", "i386", "i386", "x86", "/lib/ld-linux.so.2", "i386");
      case AMD64 ->
          new Row(
              "x86_64",
              "gnu",
              "amd64",
              "x86_64",
              "x86_64",
              "/lib64/ld-linux-x86-64.so.2",
              "x86_64");
      case ARM ->
          softFloat
              ? new Row("arm", "gnueabi", "armel", "arm", "arm", "/lib/ld-linux.so.3", "arm")
              : new Row(
                  "arm", "gnueabihf", "armhf", "arm", "arm", "/lib/ld-linux-armhf.so.3", "armhf");
      case ARM64 ->
          new Row(
              "aarch64",
              "gnu",
              "arm64",
              "aarch64",
              "aarch64",
              "/lib/ld-linux-aarch64.so.1",
              "aarch64");
      case LOONG64 ->
          new Row(
              "loongarch64",
              "gnu",
              "loong64",
              "loongarch64",
              "loongarch64",
              "/lib64/ld-linux-loongarch-lp64d.so.1",
              "loongarch64");
      case MIPS -> new Row("mips", "gnu", "mips", "mips", "mips", "/lib/ld.so.1", "mips");
      case MIPSLE ->
          new Row("mipsel", "gnu", "mipsel", "mipsel", "mipsel", "/lib/ld.so.1", "mipsel");
      case MIPS64 ->
          new Row("mips64", "gnuabi64", "mips64", "mips64", "mips64", "/lib64/ld.so.1", "mips64");
      case MIPS64LE ->
          new Row(
              "mips64el",
              "gnuabi64",
              "mips64el",
              "mips64el",
              "mips64el",
              "/lib64/ld.so.1",
              "mips64el");
      case PPC64 ->
          new Row("powerpc64", "gnu", "ppc64", "ppc64", "powerpc64", "/lib64/ld64.so.1", null);
      case PPC64LE ->
          new Row(
              "powerpc64le",
              "gnu",
              "ppc64el",
              "ppc64le",
              "powerpc64le",
              "/lib64/ld64.so.2",
              "powerpc64le");
      case RISCV64 ->
          new Row(
              "riscv64",
              "gnu",
              "riscv64",
              "riscv64",
              "riscv64",
              "/lib/ld-linux-riscv64-lp64d.so.1",
              "riscv64");
      case S390X -> new Row("s390x", "gnu", "s390x", "s390x", "s390x", "/lib/ld64.so.1", "s390x");
      case WASM -> null;
    };
  }

  /** GOARM 5 and 6, and any softfloat variant, use the soft-float EABI (armel). */
  private static boolean softFloatArm(Target t) {
    String v = t.variant().orElse("7");
    return v.startsWith("5") || v.startsWith("6") || v.contains("softfloat");
  }

  private static Optional<Row> linux(Target t) {
    return t.goos() == GoOs.LINUX ? Optional.ofNullable(row(t)) : Optional.empty();
  }

  /**
   * Returns the GNU triple of a Linux target.
   *
   * @param t the target
   * @return e.g. {@code aarch64-linux-gnu}, {@code arm-linux-gnueabihf} for linux/arm/v7; empty for
   *     other OSes and wasm
   */
  public static Optional<String> gnuTriple(Target t) {
    return linux(t).map(r -> r.gnuCpu() + "-linux-" + r.gnuAbi());
  }

  /**
   * Returns the musl triple of a Linux target, as musl-cross-make names its compilers.
   *
   * @param t the target
   * @return e.g. {@code aarch64-linux-musl}, {@code arm-linux-musleabihf}
   */
  public static Optional<String> muslTriple(Target t) {
    return linux(t).map(r -> r.gnuCpu() + "-linux-" + r.gnuAbi().replace("gnu", "musl"));
  }

  /**
   * Returns zig's {@code -target} for a Linux target with glibc.
   *
   * @param t the target
   * @return e.g. {@code aarch64-linux-gnu}, {@code x86-linux-gnu} for 386
   */
  public static Optional<String> zigTriple(Target t) {
    return linux(t).map(r -> r.zigCpu() + "-linux-" + r.gnuAbi());
  }

  /**
   * Returns Debian's architecture name of a Linux target.
   *
   * @param t the target
   * @return e.g. {@code arm64}, {@code armhf}, {@code ppc64el}
   */
  public static Optional<String> debianArch(Target t) {
    return linux(t).map(Row::debian);
  }

  /**
   * Returns the dynamic loader a Linux executable of the target names as its interpreter.
   *
   * @param t the target
   * @param musl whether the C library is musl
   * @return e.g. {@code /lib/ld-linux-aarch64.so.1}, {@code /lib/ld-musl-aarch64.so.1}
   */
  public static Optional<String> loader(Target t, boolean musl) {
    return linux(t)
        .map(
            r ->
                musl
                    ? (r.muslArch() == null ? null : "/lib/ld-musl-" + r.muslArch() + ".so.1")
                    : r.glibcLoader());
  }

  /**
   * Returns qemu-user's name for a Go architecture.
   *
   * @param arch the GOARCH
   * @return e.g. {@code aarch64} for arm64, {@code i386} for 386, {@code mipsel} for mipsle
   */
  public static String qemuArch(GoArch arch) {
    Row r = row(arch, false);
    return r == null ? arch.goName() : r.qemu();
  }
}
