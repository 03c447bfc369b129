package io.github.gocrossbuild.internal.toolchain.install;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a tar stream (ustar, GNU long names, pax headers) entry by entry. The JDK has no tar; this
 * reads only what Go distributions and hostile archives contain: names, sizes, modes, types and
 * link targets.
 */
final class TarReader {
  private static final int BLOCK = 512;

  /** Longest pax or GNU long-name record accepted; real ones are a few hundred bytes. */
  private static final int MAX_META = 64 * 1024;

  /**
   * One entry's header.
   *
   * @param name the path as stored
   * @param type the type flag: {@code '0'} file, {@code '1'} hard link, {@code '2'} symlink, {@code
   *     '3'}/{@code '4'} devices, {@code '5'} directory, {@code '6'} fifo
   * @param size bytes of content
   * @param mode the permission bits
   * @param linkName the link target for links, else empty
   */
  record Entry(String name, char type, long size, int mode, String linkName) {
    boolean isFile() {
      return type == '0' || type == '\0' || type == '7';
    }
  }

  private final InputStream in;
  private long remaining;
  private long padding;

  TarReader(InputStream in) {
    this.in = in;
  }

  /**
   * Moves to the next entry, skipping the rest of the current one.
   *
   * @return the entry, or null at the end of the archive
   * @throws IOException when the stream ends early or a header is damaged
   */
  Entry next() throws IOException {
    skipRest();
    Map<String, String> pax = new HashMap<>();
    while (true) {
      byte[] h = new byte[BLOCK];
      if (!readBlock(h)) {
        return null;
      }
      if (isZero(h)) {
        return null;
      }
      checkChecksum(h);
      char type = (char) (h[156] & 0xff);
      long size = number(h, 124, 12);
      if (size < 0) {
        throw new IOException("tar header with a negative size");
      }
      if (type == 'x' || type == 'g' || type == 'L' || type == 'K') {
        String meta = new String(readMeta(size), StandardCharsets.UTF_8);
        if (type == 'x') {
          pax.putAll(paxRecords(meta));
        } else if (type == 'L') {
          pax.put("path", trimNul(meta));
        } else if (type == 'K') {
          pax.put("linkpath", trimNul(meta));
        }
        continue;
      }
      String name = text(h, 0, 100);
      String prefix = text(h, 345, 155);
      boolean ustar = text(h, 257, 5).equals("ustar");
      if (ustar && !prefix.isEmpty()) {
        name = prefix + "/" + name;
      }
      name = pax.getOrDefault("path", name);
      String link = pax.getOrDefault("linkpath", text(h, 157, 100));
      if (pax.containsKey("size")) {
        size = parseLong(pax.get("size"));
      }
      boolean hasContent = type != '1' && type != '2' && type != '5' && type != '3' && type != '4';
      remaining = hasContent ? size : 0;
      padding = hasContent ? pad(size) : 0;
      return new Entry(name, type, remaining, (int) number(h, 100, 8), link);
    }
  }

  /**
   * Returns the current entry's content; reading past it returns end of stream.
   *
   * @return a stream that must not be closed by callers who want the next entry (closing is a
   *     no-op)
   */
  InputStream content() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (remaining == 0) {
          return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, remaining));
        if (n < 0) {
          throw new EOFException("tar entry ends early: the archive is truncated");
        }
        remaining -= n;
        return n;
      }
    };
  }

  private void skipRest() throws IOException {
    skipFully(remaining + padding);
    remaining = 0;
    padding = 0;
  }

  private byte[] readMeta(long size) throws IOException {
    if (size > MAX_META) {
      throw new IOException("tar metadata record of " + size + " bytes is too large");
    }
    byte[] b = in.readNBytes((int) size);
    if (b.length != size) {
      throw new EOFException("tar metadata ends early: the archive is truncated");
    }
    skipFully(pad(size));
    return b;
  }

  private boolean readBlock(byte[] h) throws IOException {
    int n = in.readNBytes(h, 0, BLOCK);
    if (n == 0) {
      return false;
    }
    if (n != BLOCK) {
      throw new EOFException("tar header ends early: the archive is truncated");
    }
    return true;
  }

  private void skipFully(long n) throws IOException {
    byte[] buf = new byte[8192];
    while (n > 0) {
      int r = in.read(buf, 0, (int) Math.min(buf.length, n));
      if (r < 0) {
        throw new EOFException("tar entry ends early: the archive is truncated");
      }
      n -= r;
    }
  }

  private static long pad(long size) {
    return (BLOCK - size % BLOCK) % BLOCK;
  }

  private static boolean isZero(byte[] h) {
    for (byte b : h) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static void checkChecksum(byte[] h) throws IOException {
    long sum = 0;
    for (int i = 0; i < BLOCK; i++) {
      sum += (i >= 148 && i < 156) ? ' ' : (h[i] & 0xff);
    }
    if (sum != number(h, 148, 8)) {
      throw new IOException("tar header checksum mismatch: not a tar archive, or a damaged one");
    }
  }

  /** An octal field, or GNU base-256 when the high bit of the first byte is set. */
  private static long number(byte[] h, int off, int len) throws IOException {
    if ((h[off] & 0x80) != 0) {
      long v = h[off] & 0x7f;
      for (int i = 1; i < len; i++) {
        if (v > (Long.MAX_VALUE >> 8)) {
          throw new IOException("tar number field overflows");
        }
        v = (v << 8) | (h[off + i] & 0xff);
      }
      return v;
    }
    String s = text(h, off, len).trim();
    if (s.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(s, 8);
    } catch (NumberFormatException e) {
      throw new IOException("tar header field is not octal: " + s, e);
    }
  }

  private static String text(byte[] h, int off, int len) {
    int end = off;
    while (end < off + len && h[end] != 0) {
      end++;
    }
    return new String(h, off, end - off, StandardCharsets.UTF_8);
  }

  private static String trimNul(String s) {
    int nul = s.indexOf('\0');
    return nul < 0 ? s : s.substring(0, nul);
  }

  /** Pax records: {@code "<len> <key>=<value>\n"} each. */
  private static Map<String, String> paxRecords(String meta) throws IOException {
    Map<String, String> out = new HashMap<>();
    byte[] bytes = meta.getBytes(StandardCharsets.UTF_8);
    int pos = 0;
    while (pos < bytes.length && bytes[pos] != 0) {
      int space = pos;
      while (space < bytes.length && bytes[space] != ' ') {
        space++;
      }
      int len = (int) parseLong(new String(bytes, pos, space - pos, StandardCharsets.UTF_8));
      if (len <= space - pos || pos + len > bytes.length) {
        throw new IOException("malformed pax record");
      }
      String rec = new String(bytes, space + 1, pos + len - space - 2, StandardCharsets.UTF_8);
      int eq = rec.indexOf('=');
      if (eq > 0) {
        out.put(rec.substring(0, eq), rec.substring(eq + 1));
      }
      pos += len;
    }
    return out;
  }

  private static long parseLong(String s) throws IOException {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      throw new IOException("malformed number in a tar header: " + s, e);
    }
  }
}
