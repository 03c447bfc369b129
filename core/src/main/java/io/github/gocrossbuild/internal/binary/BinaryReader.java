package io.github.gocrossbuild.internal.binary;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.binary.BinaryFormat;
import java.nio.charset.StandardCharsets;

/** Recognises the format by its magic number and runs the matching reader plus build info. */
public final class BinaryReader {
  private BinaryReader() {}

  /**
   * Reads an executable.
   *
   * @param in the file
   * @return what was learned
   * @throws BadBinaryException when the file is not a readable executable
   */
  public static Facts read(Input in) {
    if (in.size() == 0) {
      throw new BadBinaryException("the file is empty");
    }
    byte[] magic = in.upTo(0, 16, "file header");
    BinaryFormat format = sniff(magic);
    if (format == null) {
      throw new BadBinaryException(unknown(in.upTo(0, 64, "file header")));
    }
    if (in.size() < 64 && format != BinaryFormat.WASM) {
      throw new BadBinaryException(
          format.displayName() + " file is truncated: only " + in.size() + " bytes");
    }
    Facts f =
        switch (format) {
          case ELF -> ElfReader.read(in);
          case PE -> PeReader.read(in);
          case MACH_O -> MachOReader.read(in);
          case MACH_O_FAT -> MachOReader.readFat(in);
          case XCOFF -> OtherFormats.xcoff(in);
          case WASM -> OtherFormats.wasm(in);
          case PLAN9 -> Plan9Reader.read(in);
        };
    if (format == BinaryFormat.MACH_O_FAT) {
      // Each slice was read through its own window; Go reports the first slice's build info.
      Facts first = f.slices.get(0);
      f.goVersion = first.goVersion;
      f.buildInfo = first.buildInfo;
      f.buildInfoProblem = first.buildInfoProblem;
      f.goEvidence = f.slices.stream().anyMatch(s -> s.goEvidence || s.goVersion != null);
    } else {
      BuildInfoReader.read(in, f);
      applyBuildSettings(f);
    }
    return f;
  }

  /** Reads the build info of one fat slice; called by the Mach-O reader per slice. */
  static void buildInfo(Input slice, Facts f) {
    BuildInfoReader.read(slice, f);
    applyBuildSettings(f);
  }

  private static void applyBuildSettings(Facts f) {
    // The file's own evidence wins; the build info fills what ELF cannot say (linux vs solaris)
    // and what a Mach-O file without a platform load command cannot (darwin vs ios).
    if (f.buildInfo != null && f.goos == null) {
      f.goos = f.buildInfo.setting("GOOS").flatMap(GoOs::fromGoName).orElse(null);
    }
    if (f.buildInfo != null && f.goarch == null) {
      f.goarch = f.buildInfo.setting("GOARCH").flatMap(GoArch::fromGoName).orElse(null);
    }
    if (f.goos == null && f.format == BinaryFormat.MACH_O) {
      f.goos = GoOs.DARWIN;
    }
  }

  /**
   * Recognises an executable format from its first bytes.
   *
   * @param m at least the first 4 bytes (fewer gives null)
   * @return the format, or null when unknown
   */
  public static BinaryFormat sniff(byte[] m) {
    if (m.length < 4) {
      return null;
    }
    int b0 = m[0] & 0xff;
    int b1 = m[1] & 0xff;
    int b2 = m[2] & 0xff;
    int b3 = m[3] & 0xff;
    if (b0 == 0x7f && b1 == 'E' && b2 == 'L' && b3 == 'F') {
      return BinaryFormat.ELF;
    }
    if (b0 == 'M' && b1 == 'Z') {
      return BinaryFormat.PE;
    }
    if ((b0 == 0xFE && b1 == 0xED && b2 == 0xFA && (b3 == 0xCE || b3 == 0xCF))
        || ((b0 == 0xCE || b0 == 0xCF) && b1 == 0xFA && b2 == 0xED && b3 == 0xFE)) {
      return BinaryFormat.MACH_O;
    }
    if (b0 == 0xCA && b1 == 0xFE && b2 == 0xBA && (b3 == 0xBE || b3 == 0xBF)) {
      return BinaryFormat.MACH_O_FAT;
    }
    if (b0 == 0x01 && (b1 == 0xDF || b1 == 0xF7)) {
      return BinaryFormat.XCOFF;
    }
    if (b0 == 0 && b1 == 'a' && b2 == 's' && b3 == 'm') {
      return BinaryFormat.WASM;
    }
    if (Plan9Reader.isMagic(m)) {
      return BinaryFormat.PLAN9;
    }
    return null;
  }

  private static String unknown(byte[] magic) {
    boolean text = magic.length > 0;
    for (byte b : magic) {
      int c = b & 0xff;
      text &= c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c < 0x7f) || c >= 0x80;
    }
    String expected = " (expected ELF, PE, Mach-O, XCOFF, WebAssembly or Plan 9 a.out)";
    if (text) {
      String first = new String(magic, StandardCharsets.UTF_8).split("[\\r\\n]", 2)[0].strip();
      first = first.length() > 40 ? first.substring(0, 40) + "..." : first;
      return "not an executable: it starts with the text line \"" + first + "\"" + expected;
    }
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < Math.min(4, magic.length); i++) {
      hex.append(String.format("%02x", magic[i] & 0xff));
    }
    return "not an executable: unknown magic number 0x" + hex + expected;
  }
}
