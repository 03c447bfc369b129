package io.github.gocrossbuild.internal.binary;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.binary.BinaryFormat;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Reads enough of XCOFF (aix/ppc64) and WebAssembly modules to report format, arch and Go data. */
final class OtherFormats {
  private static final int STYP_DWARF = 0x10;
  private static final int STYP_TEXT = 0x20;
  private static final int STYP_DATA = 0x40;
  private static final int STYP_LOADER = 0x1000;
  private static final int MAX_SECTIONS = 1 << 16;

  private OtherFormats() {}

  static Facts xcoff(Input in) {
    ByteBuffer h = in.buffer(0, 24, ByteOrder.BIG_ENDIAN, "XCOFF header");
    boolean is64 = h.getShort(0) == 0x01F7;
    Facts f = new Facts();
    f.format = BinaryFormat.XCOFF;
    f.goos = GoOs.AIX;
    f.byteOrder = ByteOrder.BIG_ENDIAN;
    f.bits = is64 ? 64 : 32;
    f.goarch = is64 ? GoArch.PPC64 : null;
    f.machine = is64 ? "XCOFF64 (POWER)" : "XCOFF32 (POWER)";
    int nscns = Short.toUnsignedInt(h.getShort(2));
    long nsyms = Integer.toUnsignedLong(h.getInt(is64 ? 20 : 12));
    int opthdr = Short.toUnsignedInt(h.getShort(16));
    f.stripped = nsyms == 0;
    int ent = is64 ? 72 : 40;
    ByteBuffer t =
        in.buffer(
            (is64 ? 24 : 20) + opthdr,
            (long) nscns * ent,
            ByteOrder.BIG_ENDIAN,
            "XCOFF section table");
    f.staticallyLinked = true;
    long textOffset = -1;
    for (int i = 0; i < nscns; i++) {
      int b = i * ent;
      long vaddr = is64 ? t.getLong(b + 16) : Integer.toUnsignedLong(t.getInt(b + 12));
      long size = is64 ? t.getLong(b + 24) : Integer.toUnsignedLong(t.getInt(b + 16));
      long ptr = is64 ? t.getLong(b + 32) : Integer.toUnsignedLong(t.getInt(b + 20));
      int flags = t.getInt(b + (is64 ? 64 : 36)) & 0xffff;
      if (ptr != 0 && !in.contains(ptr, size)) {
        throw new BadBinaryException("XCOFF section " + i + " lies past the end of the file");
      }
      f.segments.add(new Facts.Segment(vaddr, ptr, ptr == 0 ? 0 : size));
      if ((flags & STYP_DWARF) != 0) {
        f.debugInfo = true;
      }
      if ((flags & STYP_LOADER) != 0) {
        f.staticallyLinked = false;
      }
      if ((flags & STYP_DATA) != 0 && f.dataSize == 0) {
        f.dataAddr = vaddr;
        f.dataSize = size;
      }
      if ((flags & STYP_TEXT) != 0 && textOffset < 0 && ptr != 0) {
        textOffset = ptr;
      }
    }
    if (textOffset >= 0) {
      GoMarkers.buildIdFromText(in, textOffset, f);
    }
    return f;
  }

  static Facts wasm(Input in) {
    Facts f = new Facts();
    f.format = BinaryFormat.WASM;
    f.goarch = GoArch.WASM;
    f.bits = 32;
    f.machine = "WebAssembly";
    int version = in.buffer(4, 4, ByteOrder.LITTLE_ENDIAN, "wasm version").getInt(0);
    if (version != 1) {
      throw new BadBinaryException("wasm version " + version + " is not 1");
    }
    long pos = 8;
    for (int n = 0; pos < in.size(); n++) {
      if (n > MAX_SECTIONS) {
        throw new BadBinaryException("wasm module has more than " + MAX_SECTIONS + " sections");
      }
      byte[] head = in.upTo(pos, 6, "wasm section header");
      int id = head[0] & 0xff;
      long[] size = Leb128.read(head, 1);
      if (size == null) {
        throw new BadBinaryException("wasm section at offset " + pos + " has a bad size");
      }
      long start = pos + 1 + size[1];
      if (!in.contains(start, size[0])) {
        throw new BadBinaryException(
            "wasm section at offset "
                + pos
                + " ("
                + size[0]
                + " bytes) runs past the end of the file");
      }
      section(in, f, id, start, size[0]);
      pos = start + size[0];
    }
    return f;
  }

  private static void section(Input in, Facts f, int id, long start, long size) {
    if (id == 0) {
      byte[] head = in.upTo(start, Math.min(size, 300), "wasm custom section");
      long[] len = Leb128.read(head, 0);
      if (len == null || len[0] > head.length - len[1]) {
        return;
      }
      String name = new String(head, (int) len[1], (int) len[0], StandardCharsets.UTF_8);
      long content = len[1] + len[0];
      if (name.equals("name")) {
        f.stripped = false;
      } else if (name.startsWith(".debug_")) {
        f.debugInfo = true;
      } else if (name.equals("go:buildid")) {
        // The section holds the same text marker as PE and Mach-O: \xff Go build ID: "ID"\n \xff
        f.goEvidence = true;
        f.buildId =
            GoMarkers.quotedBuildId(
                in.bytes(start + content, Math.min(size - content, 512), "wasm go:buildid"));
      }
    } else if (id == 2) {
      // The first import's module tells the host ABI: gojs for js, wasi_snapshot_preview1.
      byte[] b = in.upTo(start, Math.min(size, 64), "wasm import section");
      long[] count = Leb128.read(b, 0);
      long[] len = count == null ? null : Leb128.read(b, (int) count[1]);
      if (len != null && len[0] <= b.length - count[1] - len[1]) {
        String module =
            new String(b, (int) (count[1] + len[1]), (int) len[0], StandardCharsets.UTF_8);
        f.goos =
            module.equals("gojs") || module.equals("go")
                ? GoOs.JS
                : module.startsWith("wasi_") ? GoOs.WASIP1 : null;
      }
    }
    // No build-info region: the Go linker writes no .go.buildinfo blob into wasm modules (and
    // Go's debug/buildinfo cannot read them), so scanning the megabytes of data segments for it
    // would only cost time. The go:buildid section proves Go.
  }

  /** Unsigned LEB128, as wasm encodes sizes. */
  static final class Leb128 {
    private Leb128() {}

    /** Returns {value, bytes used}, or null when malformed or longer than 5 bytes. */
    static long[] read(byte[] b, int at) {
      long v = 0;
      for (int i = 0; i < 5 && at + i < b.length; i++) {
        int x = b[at + i] & 0xff;
        v |= (long) (x & 0x7f) << (7 * i);
        if ((x & 0x80) == 0) {
          return new long[] {v, i + 1};
        }
      }
      return null;
    }
  }
}
