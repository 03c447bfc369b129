package io.github.gocrossbuild.internal.repro;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The named sections of an ELF file as byte ranges, enough to say which sections two builds differ
 * in. Anything that is not a well-formed ELF file has no sections here.
 */
final class ElfSections {
  private static final int SHT_NOBITS = 8;

  /** One section: its name and where its bytes are in the file. */
  record Section(String name, long offset, long size) {}

  private ElfSections() {}

  static List<Section> of(byte[] file) {
    try {
      return read(file);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  private static List<Section> read(byte[] file) {
    if (file.length < 64 || file[0] != 0x7f || file[1] != 'E' || file[2] != 'L' || file[3] != 'F') {
      return List.of();
    }
    boolean is64 = file[4] == 2;
    ByteBuffer b =
        ByteBuffer.wrap(file).order(file[5] == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    long shoff = is64 ? b.getLong(0x28) : Integer.toUnsignedLong(b.getInt(0x20));
    int shentsize = Short.toUnsignedInt(b.getShort(is64 ? 0x3a : 0x2e));
    int shnum = Short.toUnsignedInt(b.getShort(is64 ? 0x3c : 0x30));
    int shstrndx = Short.toUnsignedInt(b.getShort(is64 ? 0x3e : 0x32));
    if (shnum == 0 || shstrndx >= shnum) {
      return List.of();
    }
    long[][] raw = new long[shnum][];
    for (int i = 0; i < shnum; i++) {
      int at = Math.toIntExact(shoff + (long) i * shentsize);
      int type = b.getInt(at + 4);
      long offset = is64 ? b.getLong(at + 0x18) : Integer.toUnsignedLong(b.getInt(at + 0x10));
      long size = is64 ? b.getLong(at + 0x20) : Integer.toUnsignedLong(b.getInt(at + 0x14));
      raw[i] = new long[] {Integer.toUnsignedLong(b.getInt(at)), type, offset, size};
    }
    long strOff = raw[shstrndx][2];
    List<Section> out = new ArrayList<>();
    for (long[] s : raw) {
      if (s[1] == SHT_NOBITS || s[3] == 0) {
        continue;
      }
      out.add(new Section(name(file, strOff + s[0]), s[2], s[3]));
    }
    return out;
  }

  private static String name(byte[] file, long at) {
    int start = Math.toIntExact(at);
    int end = start;
    while (end < file.length && file[end] != 0) {
      end++;
    }
    return new String(file, start, end - start, StandardCharsets.ISO_8859_1);
  }
}
