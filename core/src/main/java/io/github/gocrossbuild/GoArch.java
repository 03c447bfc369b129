package io.github.gocrossbuild;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every GOARCH value {@code go tool dist list} has had from Go 1.21 to 1.24, with the facts the
 * library keeps about each: its variant variable, that variable's default and the Go release that
 * introduced it, and the other spellings people and tools ({@code uname -m}, Docker, Debian, the
 * JVM's {@code os.arch}) use for it. Every other list of variant variables or architecture aliases
 * in the project is derived from this enum. Which of them a build may use is decided by the
 * toolchain that builds ({@link io.github.gocrossbuild.spi.TargetTable}).
 */
public enum GoArch {
  /** 32-bit x86; Go spells it {@code 386}. */
  I386("386", 32, "GO386", "sse2"),
  /** 64-bit x86. */
  AMD64("amd64", 64, "GOAMD64", "v1"),
  /** 32-bit ARM. */
  ARM("arm", 32, "GOARM", "7,hardfloat"),
  /** 64-bit ARM (AArch64). */
  ARM64("arm64", 64, "GOARM64", "v8.0", "go1.23"),
  /** 64-bit LoongArch. */
  LOONG64("loong64", 64, null, null),
  /** 32-bit big-endian MIPS. */
  MIPS("mips", 32, "GOMIPS", "hardfloat"),
  /** 32-bit little-endian MIPS. */
  MIPSLE("mipsle", 32, "GOMIPS", "hardfloat"),
  /** 64-bit big-endian MIPS. */
  MIPS64("mips64", 64, "GOMIPS64", "hardfloat"),
  /** 64-bit little-endian MIPS. */
  MIPS64LE("mips64le", 64, "GOMIPS64", "hardfloat"),
  /** 64-bit big-endian POWER. */
  PPC64("ppc64", 64, "GOPPC64", "power8"),
  /** 64-bit little-endian POWER. */
  PPC64LE("ppc64le", 64, "GOPPC64", "power8"),
  /** 64-bit RISC-V. */
  RISCV64("riscv64", 64, "GORISCV64", "rva20u64", "go1.23"),
  /** IBM Z. */
  S390X("s390x", 64, null, null),
  /** WebAssembly. */
  WASM("wasm", 32, "GOWASM", "");

  /**
   * Another spelling of an architecture, and the variant it implies.
   *
   * @param spelling the spelling, lower case, e.g. {@code aarch64} or {@code armv7l}
   * @param arch the architecture Go means
   * @param variant the value of the architecture's variant variable the spelling implies, e.g.
   *     {@code 7} for {@code armv7l}; empty when it implies none
   */
  public record Alias(String spelling, GoArch arch, Optional<String> variant) {
    /**
     * Checks the parts.
     *
     * @param spelling the spelling
     * @param arch the architecture
     * @param variant the implied variant
     */
    public Alias {
      Objects.requireNonNull(spelling, "spelling");
      Objects.requireNonNull(arch, "arch");
      Objects.requireNonNull(variant, "variant");
    }
  }

  private static final Map<String, Alias> ALIASES = aliasTable();

  private final String goName;
  private final int bits;
  private final String variantVariable;
  private final String variantDefault;
  private final String variantSince;

  GoArch(String goName, int bits, String variantVariable, String variantDefault) {
    this(goName, bits, variantVariable, variantDefault, null);
  }

  GoArch(
      String goName, int bits, String variantVariable, String variantDefault, String variantSince) {
    this.goName = goName;
    this.bits = bits;
    this.variantVariable = variantVariable;
    this.variantDefault = variantDefault;
    this.variantSince = variantSince;
  }

  /**
   * The one table of aliases. {@code armv8l} is what {@code uname -m} prints for a 32-bit ARM
   * userland on an ARMv8 CPU: it runs GOARCH=arm binaries, not arm64.
   */
  private static Map<String, Alias> aliasTable() {
    Map<String, Alias> t = new LinkedHashMap<>();
    add(t, I386, null, "i386", "i486", "i586", "i686", "x86");
    add(t, AMD64, null, "x86_64", "x86-64", "x64");
    add(t, ARM, "7", "armv7", "armv7l", "armv8l", "armhf");
    add(t, ARM, "6", "armv6", "armv6l");
    add(t, ARM, "5", "armv5", "armv5tel", "armel");
    add(t, ARM64, null, "aarch64", "armv8", "arm64v8");
    add(t, LOONG64, null, "loongarch64");
    add(t, MIPSLE, null, "mipsel");
    add(t, MIPS64LE, null, "mips64el");
    add(t, PPC64LE, null, "ppc64el", "powerpc64le");
    add(t, RISCV64, null, "riscv");
    return Collections.unmodifiableMap(t);
  }

  private static void add(Map<String, Alias> t, GoArch arch, String variant, String... names) {
    for (String name : names) {
      t.put(name, new Alias(name, arch, Optional.ofNullable(variant)));
    }
  }

  /**
   * Returns the value Go uses for {@code GOARCH}.
   *
   * @return the GOARCH spelling, e.g. {@code "arm64"} or {@code "386"}
   */
  public String goName() {
    return goName;
  }

  /**
   * Returns the environment variable that selects a variant of this architecture.
   *
   * @return e.g. {@code GOARM} for arm, {@code GOAMD64} for amd64; empty for loong64 and s390x
   */
  public Optional<String> variantVariable() {
    return Optional.ofNullable(variantVariable);
  }

  /**
   * Returns upstream Go 1.23's default of the variant variable; a toolchain may be built with
   * another (its {@code go env} tells).
   *
   * @return e.g. {@code 7,hardfloat} for arm, {@code v1} for amd64, the empty string for wasm;
   *     empty for loong64 and s390x
   */
  public Optional<String> variantDefault() {
    return Optional.ofNullable(variantDefault);
  }

  /**
   * Returns the Go release that introduced the variant variable, when it is newer than Go 1.21 (the
   * oldest release the library supports); an older toolchain ignores the variable and builds the
   * baseline, so the library refuses such a variant before the build.
   *
   * @return {@code go1.23} for {@code GOARM64} and {@code GORISCV64}; empty for the others
   */
  public Optional<String> variantIntroducedIn() {
    return Optional.ofNullable(variantSince);
  }

  /**
   * Returns the pointer size of this architecture in bits.
   *
   * @return 32 or 64
   */
  public int bits() {
    return bits;
  }

  /**
   * Returns the other spellings of this architecture, e.g. {@code aarch64} for arm64.
   *
   * @return the aliases, possibly empty
   */
  public List<Alias> aliases() {
    List<Alias> out = new ArrayList<>();
    for (Alias a : ALIASES.values()) {
      if (a.arch() == this) {
        out.add(a);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Finds the constant for a GOARCH spelling; aliases such as {@code aarch64} are not accepted.
   *
   * @param goName a GOARCH value, e.g. {@code "arm64"}
   * @return the constant, or empty when Go has no such GOARCH
   */
  public static Optional<GoArch> fromGoName(String goName) {
    for (GoArch arch : values()) {
      if (arch.goName.equals(goName)) {
        return Optional.of(arch);
      }
    }
    return Optional.empty();
  }

  /**
   * Looks up another spelling of an architecture, ignoring case; Go's own names are not aliases.
   *
   * @param spelling e.g. {@code aarch64}, {@code x86_64} or {@code armv7l}
   * @return the alias with its architecture and implied variant, or empty when unknown
   */
  public static Optional<Alias> fromAlias(String spelling) {
    return Optional.ofNullable(ALIASES.get(spelling.toLowerCase(Locale.ROOT)));
  }

  /**
   * Returns the architecture this JVM runs on, in Go's terms.
   *
   * @return the host GOARCH, or empty when it is not recognised
   */
  public static Optional<GoArch> current() {
    return fromName(System.getProperty("os.arch", ""));
  }

  /**
   * Maps a name a system reports (the JVM's {@code os.arch}, {@code uname -m}) to a GOARCH: Go's
   * own spelling or an alias, ignoring case.
   *
   * @param name the reported name
   * @return the architecture, or empty when unknown
   */
  public static Optional<GoArch> fromName(String name) {
    Optional<GoArch> exact = fromGoName(name.toLowerCase(Locale.ROOT));
    return exact.isPresent() ? exact : fromAlias(name).map(Alias::arch);
  }

  @Override
  public String toString() {
    return goName;
  }
}
