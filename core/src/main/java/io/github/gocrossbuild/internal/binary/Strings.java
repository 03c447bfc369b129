package io.github.gocrossbuild.internal.binary;

import java.nio.charset.StandardCharsets;

/** NUL-terminated string helpers that never index outside the array. */
final class Strings {
  private Strings() {}

  /** Reads the NUL-terminated string at {@code offset}; empty when the offset is outside. */
  static String cString(byte[] table, int offset) {
    if (offset < 0 || offset >= table.length) {
      return "";
    }
    return cString(table, offset, table.length - offset);
  }

  /** Reads at most {@code max} bytes from {@code offset}, stopping at the first NUL. */
  static String cString(byte[] table, int offset, int max) {
    if (offset < 0 || offset >= table.length || max <= 0) {
      return "";
    }
    int end = offset;
    int limit = (int) Math.min((long) offset + max, table.length);
    while (end < limit && table[end] != 0) {
      end++;
    }
    return new String(table, offset, end - offset, StandardCharsets.UTF_8);
  }

  /** Re-decodes a Latin-1 string (one char per byte) as UTF-8. */
  static String utf8(String latin1) {
    return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  /** Finds {@code needle} in {@code hay} at or after {@code from}; -1 when absent. */
  static int indexOf(byte[] hay, int hayLength, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= hayLength - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
