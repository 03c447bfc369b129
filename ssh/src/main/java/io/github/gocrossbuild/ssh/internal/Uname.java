package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.Target;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Maps {@code uname -s -m} to the Go target a host runs natively. */
public final class Uname {
  private static final Map<String, String> OS =
      Map.of(
          "linux",
          "linux",
          "darwin",
          "darwin",
          "freebsd",
          "freebsd",
          "openbsd",
          "openbsd",
          "netbsd",
          "netbsd",
          "dragonfly",
          "dragonfly",
          "sunos",
          "solaris");

  private static final Map<String, String> ARCH =
      Map.ofEntries(
          Map.entry("x86_64", "amd64"),
          Map.entry("amd64", "amd64"),
          Map.entry("aarch64", "arm64"),
          Map.entry("arm64", "arm64"),
          Map.entry("armv7l", "arm/v7"),
          Map.entry("armv8l", "arm/v7"),
          Map.entry("armv6l", "arm/v6"),
          Map.entry("armv5tel", "arm/v5"),
          Map.entry("i386", "386"),
          Map.entry("i486", "386"),
          Map.entry("i586", "386"),
          Map.entry("i686", "386"),
          Map.entry("riscv64", "riscv64"),
          Map.entry("ppc64le", "ppc64le"),
          Map.entry("ppc64", "ppc64"),
          Map.entry("s390x", "s390x"),
          Map.entry("loongarch64", "loong64"),
          Map.entry("mips64", "mips64"),
          Map.entry("mips", "mips"));

  private Uname() {}

  /**
   * Maps uname output to a target.
   *
   * @param unameSm {@code uname -s -m}, e.g. {@code Linux aarch64}
   * @param longBit {@code getconf LONG_BIT}, or 0 when unknown: a 64-bit ARM kernel with a 32-bit
   *     userland runs arm binaries, not arm64
   * @return the target, or empty when unknown
   */
  public static Optional<Target> toTarget(String unameSm, int longBit) {
    String[] w = unameSm.strip().split("\\s+");
    if (w.length != 2) {
      return Optional.empty();
    }
    String os = OS.get(w[0].toLowerCase(Locale.ROOT));
    String arch = ARCH.get(w[1].toLowerCase(Locale.ROOT));
    if (os == null || arch == null) {
      return Optional.empty();
    }
    if (arch.equals("arm64") && longBit == 32) {
      arch = "arm/v7";
    }
    try {
      return Optional.of(Target.parse(os + "/" + arch));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
