package io.github.gocrossbuild.internal.binary;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and decodes the {@code \xff Go buildinf:} blob the way Go 1.23's {@code debug/buildinfo}
 * does: the inline varint format (Go 1.18+) and the older format of two pointers to Go strings.
 * Reads only the region Go's {@code DataStart} names, in 64 KB chunks.
 */
final class BuildInfoReader {
  private static final byte[] MAGIC = "\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1);
  private static final int ALIGN = 16;
  private static final int HEADER = 32;
  private static final int CHUNK = 64 * 1024;

  /** The linker puts the blob at the start of the region; do not scan huge data segments. */
  private static final long SCAN_LIMIT = 16L << 20;

  private static final int MAX_VERSION = 1024;
  private static final Pattern GO_VERSION =
      Pattern.compile("go1\\.[0-9]{1,3}(\\.[0-9]{1,3}|rc[0-9]{1,2}|beta[0-9]{1,2})?");

  private BuildInfoReader() {}

  static void read(Input in, Facts f) {
    if (f.dataSize == 0) {
      return;
    }
    long regionOffset;
    long regionSize;
    if (f.dataFileOffset >= 0) {
      regionOffset = f.dataFileOffset;
      regionSize = f.dataSize;
    } else {
      long[] where = f.map(f.dataAddr);
      if (where == null) {
        if (f.goEvidence) {
          f.buildInfoProblem =
              "the data region at 0x" + Long.toHexString(f.dataAddr) + " is not in the file";
        }
        return;
      }
      regionOffset = where[0];
      regionSize = Math.min(where[1], f.dataSize < 0 ? Long.MAX_VALUE : f.dataSize);
    }
    long at = find(in, regionOffset, Math.min(regionSize, in.size() - regionOffset));
    if (at < 0) {
      if (f.goEvidence) {
        f.buildInfoProblem =
            "no build-info blob in the data region (stripped or an unknown layout)";
      }
      return;
    }
    f.goEvidence = true;
    long avail = regionOffset + regionSize - at;
    decode(in, f, at, Math.min(avail, in.size() - at));
  }

  /** Returns the file offset of the 16-byte aligned magic, or -1. */
  private static long find(Input in, long offset, long size) {
    long limit = Math.min(size, SCAN_LIMIT);
    // The blob is normally at the very start: look at 4 KB first, then in 64 KB steps.
    int step = 4096;
    for (long rel = 0; rel + HEADER <= limit; rel += step - HEADER, step = CHUNK) {
      byte[] chunk = in.upTo(offset + rel, Math.min(step, limit - rel), "Go build-info region");
      for (int i = 0; i + HEADER <= chunk.length; i += ALIGN) {
        if (Arrays.equals(chunk, i, i + MAGIC.length, MAGIC, 0, MAGIC.length)) {
          return offset + rel + i;
        }
      }
    }
    return -1;
  }

  private static void decode(Input in, Facts f, long at, long avail) {
    byte[] header = in.bytes(at, HEADER, "Go build-info header");
    int ptrSize = header[14];
    int flags = header[15];
    String version;
    byte[] mod;
    if ((flags & 2) != 0) {
      long[] cursor = {at + HEADER, at + avail};
      byte[] v = inlineString(in, cursor, MAX_VERSION);
      version = v == null ? "" : new String(v, StandardCharsets.UTF_8);
      mod = v == null ? null : inlineString(in, cursor, Input.MAX_READ);
    } else {
      ByteOrder order = flags != 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
      if (ptrSize != 4 && ptrSize != 8) {
        f.buildInfoProblem = "build-info header has pointer size " + ptrSize;
        fallbackVersion(in, f, at);
        return;
      }
      ByteBuffer h = ByteBuffer.wrap(header).order(order);
      byte[] v = pointedString(in, f, ptrSize, order, pointer(h, 16, ptrSize), MAX_VERSION);
      version = v == null ? "" : new String(v, StandardCharsets.UTF_8);
      mod = pointedString(in, f, ptrSize, order, pointer(h, 16 + ptrSize, ptrSize), Input.MAX_READ);
    }
    if (version.isEmpty()) {
      f.buildInfoProblem = "the build-info blob holds no Go version";
      fallbackVersion(in, f, at);
      return;
    }
    f.goVersion = version;
    byte[] text = new byte[0];
    if (mod != null && mod.length >= 33 && mod[mod.length - 17] == '\n') {
      // Strip the 16-byte sentinels cmd/go puts around the module info.
      text = Arrays.copyOfRange(mod, 16, mod.length - 16);
    }
    try {
      f.buildInfo = ModInfoParser.parse(version, text);
    } catch (ModInfoParser.ModInfoException e) {
      f.buildInfoProblem = e.getMessage();
    }
  }

  /** Reads {@code uvarint length + bytes} at {@code cursor[0]}, not past {@code cursor[1]}. */
  private static byte[] inlineString(Input in, long[] cursor, int max) {
    byte[] head = in.upTo(cursor[0], Math.min(10, cursor[1] - cursor[0]), "Go build-info string");
    long len = 0;
    int n = 0;
    for (int shift = 0; n < head.length && shift < 64; shift += 7) {
      int b = head[n++] & 0xff;
      len |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        long start = cursor[0] + n;
        if (len < 0 || len > cursor[1] - start || len > max) {
          return null;
        }
        cursor[0] = start + len;
        return in.bytes(start, len, "Go build-info string");
      }
    }
    return null;
  }

  private static long pointer(ByteBuffer h, int at, int size) {
    return size == 4 ? Integer.toUnsignedLong(h.getInt(at)) : h.getLong(at);
  }

  /** Follows a pointer to a Go string header {data, len}; null when anything is unmapped. */
  private static byte[] pointedString(
      Input in, Facts f, int ptrSize, ByteOrder order, long addr, int max) {
    long[] hdr = f.map(addr);
    if (hdr == null || hdr[1] < 2L * ptrSize) {
      return null;
    }
    ByteBuffer h = in.buffer(hdr[0], 2L * ptrSize, order, "Go string header");
    long data = pointer(h, 0, ptrSize);
    long len = pointer(h, ptrSize, ptrSize);
    long[] where = f.map(data);
    if (where == null || len < 0 || len > where[1] || len > max) {
      return null;
    }
    return in.bytes(where[0], len, "Go string");
  }

  /** Looks for a {@code go1.N} string near the blob, so a damaged blob still yields a version. */
  private static void fallbackVersion(Input in, Facts f, long at) {
    byte[] near = in.upTo(at, 4096, "Go build-info blob");
    Matcher m = GO_VERSION.matcher(new String(near, StandardCharsets.ISO_8859_1));
    if (m.find()) {
      f.goVersion = m.group();
    }
  }
}
