package io.github.gocrossbuild.binary;

/** The container format of an executable. */
public enum BinaryFormat {
  /** ELF: Linux, Android, the BSDs, Solaris, illumos. */
  ELF("ELF"),
  /** PE/COFF: Windows. */
  PE("PE"),
  /** Thin Mach-O: macOS and iOS. */
  MACH_O("Mach-O"),
  /** Fat (universal) Mach-O holding several thin slices. */
  MACH_O_FAT("Mach-O universal"),
  /** XCOFF: AIX. */
  XCOFF("XCOFF"),
  /** WebAssembly module: js/wasm and wasip1/wasm. */
  WASM("WebAssembly"),
  /** Plan 9 a.out: plan9/386, plan9/amd64, plan9/arm. */
  PLAN9("Plan 9 a.out");

  private final String displayName;

  BinaryFormat(String displayName) {
    this.displayName = displayName;
  }

  /**
   * Returns the usual name of the format.
   *
   * @return e.g. {@code Mach-O}
   */
  public String displayName() {
    return displayName;
  }
}
