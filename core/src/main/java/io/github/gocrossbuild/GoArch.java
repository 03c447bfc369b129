package io.github.gocrossbuild;

import java.util.Locale;
import java.util.Optional;

/** Every GOARCH value of Go 1.23's {@code go tool dist list}. */
public enum GoArch {
  /** 32-bit x86; Go spells it {@code 386}. */
  I386("386", "GO386", 32),
  /** 64-bit x86. */
  AMD64("amd64", "GOAMD64", 64),
  /** 32-bit ARM. */
  ARM("arm", "GOARM", 32),
  /** 64-bit ARM (AArch64). */
  ARM64("arm64", "GOARM64", 64),
  /** 64-bit LoongArch. */
  LOONG64("loong64", null, 64),
  /** 32-bit big-endian MIPS. */
  MIPS("mips", "GOMIPS", 32),
  /** 32-bit little-endian MIPS. */
  MIPSLE("mipsle", "GOMIPS", 32),
  /** 64-bit big-endian MIPS. */
  MIPS64("mips64", "GOMIPS64", 64),
  /** 64-bit little-endian MIPS. */
  MIPS64LE("mips64le", "GOMIPS64", 64),
  /** 64-bit big-endian POWER. */
  PPC64("ppc64", "GOPPC64", 64),
  /** 64-bit little-endian POWER. */
  PPC64LE("ppc64le", "GOPPC64", 64),
  /** 64-bit RISC-V. */
  RISCV64("riscv64", "GORISCV64", 64),
  /** IBM Z. */
  S390X("s390x", null, 64),
  /** WebAssembly. */
  WASM("wasm", "GOWASM", 32);

  private final String goName;
  private final String variantVariable;
  private final int bits;

  GoArch(String goName, String variantVariable, int bits) {
    this.goName = goName;
    this.variantVariable = variantVariable;
    this.bits = bits;
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
   * Returns the pointer size of this architecture in bits.
   *
   * @return 32 or 64
   */
  public int bits() {
    return bits;
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
   * Returns the architecture this JVM runs on, in Go's terms.
   *
   * @return the host GOARCH, or empty when it is not recognised
   */
  public static Optional<GoArch> current() {
    String name = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    switch (name) {
      case "x86_64":
      case "amd64":
        return Optional.of(AMD64);
      case "aarch64":
      case "arm64":
        return Optional.of(ARM64);
      case "x86":
      case "i386":
      case "i486":
      case "i586":
      case "i686":
        return Optional.of(I386);
      case "arm":
      case "armv7l":
      case "armv6l":
        return Optional.of(ARM);
      default:
        return fromGoName(name);
    }
  }

  @Override
  public String toString() {
    return goName;
  }
}
