package io.github.gocrossbuild.internal.binary;

import java.util.Map;

/**
 * Names the machine field of an executable's header as {@code file(1)} does ({@code ARM aarch64},
 * {@code x86-64}, {@code Aarch64}, {@code arm64}), so a printed proof reads like {@code file}'s
 * output. A value {@code file} has no name for keeps its number.
 */
final class MachineNames {
  /** ELF {@code e_machine} values, named as in file's {@code Magdir/elf}. */
  private static final Map<Integer, String> ELF =
      Map.ofEntries(
          Map.entry(2, "SPARC"),
          Map.entry(3, "Intel 80386"),
          Map.entry(4, "Motorola m68k"),
          Map.entry(8, "MIPS"),
          Map.entry(10, "MIPS"),
          Map.entry(15, "PA-RISC"),
          Map.entry(18, "SPARC32PLUS"),
          Map.entry(20, "PowerPC or cisco 4500"),
          Map.entry(21, "64-bit PowerPC or cisco 7500"),
          Map.entry(22, "IBM S/390"),
          Map.entry(40, "ARM"),
          Map.entry(42, "Renesas SH"),
          Map.entry(43, "SPARC V9"),
          Map.entry(50, "IA-64"),
          Map.entry(62, "x86-64"),
          Map.entry(183, "ARM aarch64"),
          Map.entry(243, "UCB RISC-V"),
          Map.entry(258, "LoongArch"));

  /** PE/COFF {@code Machine} values, named as in file's {@code Magdir/msdos}. */
  private static final Map<Integer, String> PE =
      Map.of(
          0x14C, "Intel 80386",
          0x8664, "x86-64",
          0xAA64, "Aarch64",
          0x1C0, "ARM",
          0x1C2, "ARM Thumb",
          0x1C4, "ARMv7 Thumb",
          0x5032, "RISC-V 32-bit",
          0x5064, "RISC-V 64-bit",
          0x200, "Intel Itanium");

  /** Mach-O {@code cputype} values, named as in file's {@code Magdir/mach}. */
  private static final Map<Integer, String> MACH_O =
      Map.of(
          7, "i386",
          0x01000007, "x86_64",
          12, "arm",
          0x0100000C, "arm64",
          18, "ppc",
          0x01000012, "ppc64");

  private MachineNames() {}

  /**
   * Names an ELF machine.
   *
   * @param machine the {@code e_machine} field
   * @return e.g. {@code ARM aarch64}; {@code ELF machine 4242} for one file has no name for
   */
  static String elf(int machine) {
    return ELF.getOrDefault(machine, "ELF machine " + machine);
  }

  /**
   * Names a PE machine.
   *
   * @param machine the COFF header's {@code Machine} field
   * @return e.g. {@code Aarch64}; {@code PE machine 0x1234} for one file has no name for
   */
  static String pe(int machine) {
    return PE.getOrDefault(machine, "PE machine 0x" + Integer.toHexString(machine));
  }

  /**
   * Names a Mach-O CPU type.
   *
   * @param cputype the header's {@code cputype} field
   * @return e.g. {@code arm64}; {@code Mach-O cputype 0x63} for one file has no name for
   */
  static String machO(int cputype) {
    return MACH_O.getOrDefault(cputype, "Mach-O cputype 0x" + Integer.toHexString(cputype));
  }
}
