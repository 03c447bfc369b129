package io.github.gocrossbuild.internal.binary;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.binary.BinaryFormat;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads Plan 9 a.out executables the way Go's {@code debug/plan9obj} does: a big-endian header of
 * eight 32-bit words (plus a 64-bit entry point when the magic has the {@code 0x8000} bit), then
 * the text, data, symbol, pc/sp and pc/line sections back to back.
 */
final class Plan9Reader {
  private static final int MAGIC64 = 0x8000;
  private static final int MAGIC_386 = (4 * 11) * 11 + 7;
  private static final int MAGIC_AMD64 = (4 * 26) * 26 + 7 + MAGIC64;
  private static final int MAGIC_ARM = (4 * 20) * 20 + 7;

  private Plan9Reader() {}

  /**
   * Tells whether the first bytes are the magic of a Plan 9 executable Go writes.
   *
   * @param m at least 4 bytes
   * @return true for the 386, amd64 and arm magics
   */
  static boolean isMagic(byte[] m) {
    int magic = ByteBuffer.wrap(m, 0, 4).order(ByteOrder.BIG_ENDIAN).getInt();
    return magic == MAGIC_386 || magic == MAGIC_AMD64 || magic == MAGIC_ARM;
  }

  static Facts read(Input in) {
    ByteBuffer h = in.buffer(0, 32, ByteOrder.BIG_ENDIAN, "Plan 9 header");
    int magic = h.getInt(0);
    Facts f = new Facts();
    f.format = BinaryFormat.PLAN9;
    f.goos = GoOs.PLAN9;
    f.byteOrder = ByteOrder.BIG_ENDIAN;
    f.staticallyLinked = true;
    boolean is64 = (magic & MAGIC64) != 0;
    f.bits = is64 ? 64 : 32;
    f.goarch = magic == MAGIC_AMD64 ? GoArch.AMD64 : magic == MAGIC_386 ? GoArch.I386 : GoArch.ARM;
    f.machine = "Plan 9 magic 0x" + Integer.toHexString(magic);
    long text = Integer.toUnsignedLong(h.getInt(4));
    long data = Integer.toUnsignedLong(h.getInt(8));
    long syms = Integer.toUnsignedLong(h.getInt(16));
    long textOffset = is64 ? 40 : 32;
    long dataOffset = textOffset + text;
    if (!in.contains(textOffset, text)
        || !in.contains(dataOffset, data)
        || !in.contains(dataOffset + data, syms)) {
      throw new BadBinaryException(
          "Plan 9 sections (text "
              + text
              + ", data "
              + data
              + ", symbols "
              + syms
              + " bytes) run past the end of the file ("
              + in.size()
              + " bytes)");
    }
    f.stripped = syms == 0;
    f.debugInfo = false; // Plan 9 a.out has no DWARF
    f.dataFileOffset = dataOffset;
    f.dataSize = data;
    GoMarkers.buildIdFromText(in, textOffset, f);
    return f;
  }
}
