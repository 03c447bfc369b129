package io.github.gocrossbuild.internal.binary;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.binary.BinaryFormat;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads the DOS stub, COFF header, optional header, section table and import directory of a PE file
 * (Microsoft PE/COFF specification; Go's {@code debug/pe}).
 */
final class PeReader {
  private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
  private static final int DYNAMIC_BASE = 0x40;
  private static final int MAX_SECTIONS = 4096;
  private static final int MAX_IMPORTS = 4096;

  private final Input in;
  private final Facts f = new Facts();
  private long[][] sections = new long[0][];

  private PeReader(Input in) {
    this.in = in;
  }

  static Facts read(Input in) {
    return new PeReader(in).parse();
  }

  private Facts parse() {
    f.format = BinaryFormat.PE;
    f.goos = GoOs.WINDOWS;
    f.byteOrder = LE;
    long lfanew = Integer.toUnsignedLong(in.buffer(0x3c, 4, LE, "DOS header").getInt(0));
    byte[] sig = in.bytes(lfanew, 4, "PE signature");
    if (sig[0] != 'P' || sig[1] != 'E' || sig[2] != 0 || sig[3] != 0) {
      throw new BadBinaryException("MZ file without a PE signature (a DOS program?)");
    }
    ByteBuffer coff = in.buffer(lfanew + 4, 20, LE, "COFF header");
    int machine = Short.toUnsignedInt(coff.getShort(0));
    int nsections = Short.toUnsignedInt(coff.getShort(2));
    long symtab = Integer.toUnsignedLong(coff.getInt(8));
    long nsyms = Integer.toUnsignedLong(coff.getInt(12));
    int optSize = Short.toUnsignedInt(coff.getShort(16));
    f.machine = MachineNames.pe(machine);
    f.goarch =
        switch (machine) {
          case 0x8664 -> GoArch.AMD64;
          case 0xAA64 -> GoArch.ARM64;
          case 0x14C -> GoArch.I386;
          case 0x1C0, 0x1C4 -> GoArch.ARM;
          default -> null;
        };
    f.bits = f.goarch == null ? 32 : f.goarch.bits();
    f.stripped = nsyms == 0;
    long optStart = lfanew + 24;
    long imageBase = 0;
    long importRva = 0;
    long importSize = 0;
    if (optSize >= 2) {
      ByteBuffer opt = in.buffer(optStart, optSize, LE, "PE optional header");
      int magic = Short.toUnsignedInt(opt.getShort(0));
      boolean plus = magic == 0x20b;
      if (magic != 0x10b && !plus) {
        throw new BadBinaryException(
            "PE optional header magic 0x"
                + Integer.toHexString(magic)
                + " is neither PE32 nor PE32+");
      }
      f.bits = plus ? 64 : 32;
      if (optSize >= (plus ? 112 : 96)) {
        imageBase = plus ? opt.getLong(24) : Integer.toUnsignedLong(opt.getInt(28));
        f.pie = (Short.toUnsignedInt(opt.getShort(70)) & DYNAMIC_BASE) != 0;
        long dirs = Integer.toUnsignedLong(opt.getInt(plus ? 108 : 92));
        int dd = plus ? 112 : 96;
        if (dirs >= 2 && dd + 16 <= optSize) {
          importRva = Integer.toUnsignedLong(opt.getInt(dd + 8));
          importSize = Integer.toUnsignedLong(opt.getInt(dd + 12));
        }
      }
    }
    if (nsections > MAX_SECTIONS) {
      throw new BadBinaryException("PE section count " + nsections + " is implausible");
    }
    sectionTable(optStart + optSize, nsections, symtab, nsyms, imageBase);
    if (importRva != 0 && importSize != 0) {
      imports(importRva, importSize);
    }
    f.staticallyLinked = f.neededLibraries.isEmpty();
    GoMarkers.buildIdFromText(in, 0, f);
    return f;
  }

  private void sectionTable(long at, int count, long symtab, long nsyms, long imageBase) {
    ByteBuffer t = in.buffer(at, count * 40L, LE, "PE section table");
    byte[] stringTable = null;
    sections = new long[count][];
    boolean dataFound = false;
    for (int i = 0; i < count; i++) {
      int b = i * 40;
      byte[] raw = new byte[8];
      t.get(b, raw);
      String name = Strings.cString(raw, 0, 8);
      long vsize = Integer.toUnsignedLong(t.getInt(b + 8));
      long va = Integer.toUnsignedLong(t.getInt(b + 12));
      long rawSize = Integer.toUnsignedLong(t.getInt(b + 16));
      long rawPtr = Integer.toUnsignedLong(t.getInt(b + 20));
      int chars = t.getInt(b + 36);
      if (isLongNameReference(name)) {
        // Long names (Go's .zdebug_*) live in the COFF string table after the symbols; Go puts
        // them first, so the first 4 KB of the table holds them and only a stray one costs a read.
        long strOff = symtab + nsyms * 18;
        int nameAt = Integer.parseInt(name.substring(1));
        if (stringTable == null) {
          stringTable = symtab == 0 ? new byte[0] : in.upTo(strOff, 4096, "COFF string table");
        }
        name =
            nameAt + 256 <= stringTable.length || stringTable.length < 4096
                ? Strings.cString(stringTable, nameAt, 256)
                : Strings.cString(in.upTo(strOff + nameAt, 256, "COFF section name"), 0, 256);
      }
      if (rawSize != 0 && !in.contains(rawPtr, rawSize)) {
        throw new BadBinaryException(
            "PE section "
                + name
                + " (offset "
                + rawPtr
                + ", "
                + rawSize
                + " bytes) lies past the end of the file ("
                + in.size()
                + " bytes)");
      }
      sections[i] = new long[] {va, rawPtr, rawSize};
      f.segments.add(new Facts.Segment(imageBase + va, rawPtr, rawSize));
      if (name.startsWith(".debug_") || name.startsWith(".zdebug_")) {
        f.debugInfo = true;
      }
      // Go's DataStart: the first initialised, readable, writable section (alignment ignored).
      if (!dataFound && va != 0 && rawSize != 0 && (chars & ~0x600000) == 0xC0000040) {
        f.dataAddr = imageBase + va;
        f.dataSize = vsize;
        dataFound = true;
      }
    }
  }

  private long[] rva(long rva) {
    for (long[] s : sections) {
      if (rva >= s[0] && rva - s[0] < s[2]) {
        return new long[] {s[1] + (rva - s[0]), s[2] - (rva - s[0])};
      }
    }
    return null;
  }

  private void imports(long rva, long size) {
    long[] where = rva(rva);
    if (where == null) {
      throw new BadBinaryException(
          "PE import directory RVA 0x" + Long.toHexString(rva) + " is not inside any section");
    }
    long count = Math.min(Math.min(size, where[1]) / 20, MAX_IMPORTS);
    ByteBuffer d = in.buffer(where[0], count * 20, LE, "PE import directory");
    for (int i = 0; i < count; i++) {
      long nameRva = Integer.toUnsignedLong(d.getInt(i * 20 + 12));
      if (nameRva == 0) {
        break;
      }
      long[] name = rva(nameRva);
      if (name == null) {
        throw new BadBinaryException(
            "PE import name RVA 0x" + Long.toHexString(nameRva) + " is not inside any section");
      }
      f.neededLibraries.add(
          Strings.cString(in.bytes(name[0], Math.min(name[1], 256), "PE import name"), 0));
    }
  }

  /** Tells whether a section name is {@code /<decimal offset>} (1 to 7 digits). */
  private static boolean isLongNameReference(String name) {
    if (name.length() < 2 || name.length() > 8 || name.charAt(0) != '/') {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (name.charAt(i) < '0' || name.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
