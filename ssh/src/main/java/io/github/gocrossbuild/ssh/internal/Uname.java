package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.Target;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Maps {@code uname -s -m} to the Go target a host runs natively. The machine names are {@link
 * GoArch}'s names and aliases ({@code x86_64}, {@code aarch64}, {@code armv7l}, {@code armv8l}
 * ...), so a probe and {@code Target.parse}'s suggestions never disagree; an unknown or unsupported
 * machine ({@code aarch64_be}, {@code armv7b}, {@code sparc64}) maps to nothing.
 */
public final class Uname {
  /** The systems a build host runs; {@code uname -s} spells them like GOOS or as an alias. */
  private static final Set<GoOs> HOST_SYSTEMS =
      Set.of(
          GoOs.LINUX,
          GoOs.DARWIN,
          GoOs.FREEBSD,
          GoOs.OPENBSD,
          GoOs.NETBSD,
          GoOs.DRAGONFLY,
          GoOs.SOLARIS);

  private Uname() {}

  /**
   * Maps uname output to a target.
   *
   * @param unameSm {@code uname -s -m}, e.g. {@code Linux aarch64}
   * @param longBit {@code getconf LONG_BIT}, or 0 when unknown: a 64-bit kernel with a 32-bit
   *     userland (arm or 386 containers on a 64-bit host) runs arm or 386 binaries
   * @return the target, or empty when unknown
   */
  public static Optional<Target> toTarget(String unameSm, int longBit) {
    String[] w = unameSm.strip().split("\\s+");
    if (w.length != 2) {
      return Optional.empty();
    }
    Optional<GoOs> os = GoOs.fromName(w[0]).filter(HOST_SYSTEMS::contains);
    Optional<GoArch.Alias> arch = machine(w[1]);
    if (os.isEmpty() || arch.isEmpty()) {
      return Optional.empty();
    }
    GoArch.Alias a = longBit == 32 ? userland32(arch.get()) : arch.get();
    try {
      Target t = Target.of(os.get(), a.arch());
      return Optional.of(a.variant().map(t::withVariant).orElse(t));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<GoArch.Alias> machine(String m) {
    Optional<GoArch> exact = GoArch.fromGoName(m.toLowerCase(Locale.ROOT));
    if (exact.isPresent()) {
      return Optional.of(new GoArch.Alias(exact.get().goName(), exact.get(), Optional.empty()));
    }
    return GoArch.fromAlias(m);
  }

  /** The 32-bit counterpart a 64-bit kernel runs for a 32-bit userland. */
  private static GoArch.Alias userland32(GoArch.Alias a) {
    return switch (a.arch()) {
      case ARM64 -> new GoArch.Alias(a.spelling(), GoArch.ARM, Optional.of("7"));
      case AMD64 -> new GoArch.Alias(a.spelling(), GoArch.I386, Optional.empty());
      default -> a;
    };
  }
}
