package io.github.gocrossbuild.internal;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 49 GOOS/GOARCH pairs {@code go tool dist list -json} has listed from Go 1.21 to 1.24 (their
 * union: Go 1.24 marks {@code windows/arm} broken and leaves it out, Go 1.22 lists {@code
 * openbsd/riscv64} only as broken), with the first-class and cgo-supported flags, on which those
 * releases agree. Used where no toolchain is at hand (parsing a target, a binary's platform) and
 * when a host cannot tell its toolchain's table; a build checks its target against the table of the
 * toolchain that builds it ({@link io.github.gocrossbuild.spi.TargetTable}).
 */
public final class Platforms {
  private static final Map<GoOs, Set<GoArch>> PAIRS = new EnumMap<>(GoOs.class);
  private static final Map<GoOs, Set<GoArch>> FIRST_CLASS = new EnumMap<>(GoOs.class);
  private static final Map<GoOs, Set<GoArch>> NO_CGO = new EnumMap<>(GoOs.class);

  static {
    add(GoOs.AIX, GoArch.PPC64);
    add(GoOs.ANDROID, GoArch.I386, GoArch.AMD64, GoArch.ARM, GoArch.ARM64);
    add(GoOs.DARWIN, GoArch.AMD64, GoArch.ARM64);
    add(GoOs.DRAGONFLY, GoArch.AMD64);
    add(GoOs.FREEBSD, GoArch.I386, GoArch.AMD64, GoArch.ARM, GoArch.ARM64, GoArch.RISCV64);
    add(GoOs.ILLUMOS, GoArch.AMD64);
    add(GoOs.IOS, GoArch.AMD64, GoArch.ARM64);
    add(GoOs.JS, GoArch.WASM);
    add(
        GoOs.LINUX,
        GoArch.I386,
        GoArch.AMD64,
        GoArch.ARM,
        GoArch.ARM64,
        GoArch.LOONG64,
        GoArch.MIPS,
        GoArch.MIPS64,
        GoArch.MIPS64LE,
        GoArch.MIPSLE,
        GoArch.PPC64,
        GoArch.PPC64LE,
        GoArch.RISCV64,
        GoArch.S390X);
    add(GoOs.NETBSD, GoArch.I386, GoArch.AMD64, GoArch.ARM, GoArch.ARM64);
    add(
        GoOs.OPENBSD,
        GoArch.I386,
        GoArch.AMD64,
        GoArch.ARM,
        GoArch.ARM64,
        GoArch.PPC64,
        GoArch.RISCV64);
    add(GoOs.PLAN9, GoArch.I386, GoArch.AMD64, GoArch.ARM);
    add(GoOs.SOLARIS, GoArch.AMD64);
    add(GoOs.WASIP1, GoArch.WASM);
    add(GoOs.WINDOWS, GoArch.I386, GoArch.AMD64, GoArch.ARM, GoArch.ARM64);

    firstClass(GoOs.DARWIN, GoArch.AMD64, GoArch.ARM64);
    firstClass(GoOs.LINUX, GoArch.I386, GoArch.AMD64, GoArch.ARM, GoArch.ARM64);
    firstClass(GoOs.WINDOWS, GoArch.I386, GoArch.AMD64);

    noCgo(GoOs.JS, GoArch.WASM);
    noCgo(GoOs.WASIP1, GoArch.WASM);
    noCgo(GoOs.LINUX, GoArch.PPC64);
    noCgo(GoOs.OPENBSD, GoArch.PPC64);
    noCgo(GoOs.PLAN9, GoArch.I386, GoArch.AMD64, GoArch.ARM);
    noCgo(GoOs.WINDOWS, GoArch.ARM);
  }

  private Platforms() {}

  private static void add(GoOs os, GoArch... arches) {
    PAIRS.computeIfAbsent(os, k -> EnumSet.noneOf(GoArch.class)).addAll(List.of(arches));
  }

  private static void firstClass(GoOs os, GoArch... arches) {
    FIRST_CLASS.computeIfAbsent(os, k -> EnumSet.noneOf(GoArch.class)).addAll(List.of(arches));
  }

  private static void noCgo(GoOs os, GoArch... arches) {
    NO_CGO.computeIfAbsent(os, k -> EnumSet.noneOf(GoArch.class)).addAll(List.of(arches));
  }

  /**
   * Tells whether a Go release from 1.21 to 1.24 lists a pair.
   *
   * @param os the GOOS
   * @param arch the GOARCH
   * @return true when the pair is in {@code go tool dist list}
   */
  public static boolean isSupported(GoOs os, GoArch arch) {
    return PAIRS.getOrDefault(os, Set.of()).contains(arch);
  }

  /**
   * Tells whether a pair is a first-class port.
   *
   * @param os the GOOS
   * @param arch the GOARCH
   * @return true for the first-class ports
   */
  public static boolean isFirstClass(GoOs os, GoArch arch) {
    return FIRST_CLASS.getOrDefault(os, Set.of()).contains(arch);
  }

  /**
   * Tells whether cgo is supported for a pair.
   *
   * @param os the GOOS
   * @param arch the GOARCH
   * @return true when {@code CgoSupported} is set in {@code go tool dist list -json}
   */
  public static boolean isCgoSupported(GoOs os, GoArch arch) {
    return isSupported(os, arch) && !NO_CGO.getOrDefault(os, Set.of()).contains(arch);
  }

  /**
   * Lists the architectures Go supports for an OS, in declaration order.
   *
   * @param os the GOOS
   * @return the GOARCH values, never empty
   */
  public static List<GoArch> archesFor(GoOs os) {
    return Collections.unmodifiableList(new ArrayList<>(PAIRS.getOrDefault(os, Set.of())));
  }

  /**
   * Counts every supported pair.
   *
   * @return 49
   */
  public static int count() {
    return PAIRS.values().stream().mapToInt(Set::size).sum();
  }
}
