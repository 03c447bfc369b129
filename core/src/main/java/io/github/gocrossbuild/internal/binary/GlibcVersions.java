package io.github.gocrossbuild.internal.binary;

import io.github.gocrossbuild.binary.GlibcVersion;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Finds the highest {@code GLIBC_x.y[.z]} a binary needs, from its {@code .gnu.version_r}. */
final class GlibcVersions {
  /** Verneed chains longer than this are hostile; real binaries have a handful of entries. */
  private static final int MAX_ENTRIES = 4096;

  private GlibcVersions() {}

  /**
   * Walks the Elf_Verneed / Elf_Vernaux chains.
   *
   * @return e.g. {@code 2.34}, or null when no GLIBC version is named
   */
  static String highest(byte[] verneed, byte[] strtab, ByteOrder order) {
    ByteBuffer b = ByteBuffer.wrap(verneed).order(order);
    GlibcVersion best = null;
    long off = 0;
    int seen = 0;
    while (off >= 0 && off + 16 <= verneed.length && seen < MAX_ENTRIES) {
      int at = (int) off;
      int count = Short.toUnsignedInt(b.getShort(at + 2));
      long aux = off + Integer.toUnsignedLong(b.getInt(at + 8));
      long next = Integer.toUnsignedLong(b.getInt(at + 12));
      for (int j = 0; j < count && aux + 16 <= verneed.length && seen < MAX_ENTRIES; j++) {
        seen++;
        String name = Strings.cString(strtab, b.getInt((int) aux + 8));
        GlibcVersion v =
            name.startsWith("GLIBC_")
                ? GlibcVersion.tryParse(name.substring(6)).orElse(null)
                : null;
        if (v != null && (best == null || v.isNewerThan(best))) {
          best = v;
        }
        long auxNext = Integer.toUnsignedLong(b.getInt((int) aux + 12));
        if (auxNext == 0) {
          break;
        }
        aux += auxNext;
      }
      seen++;
      if (next == 0) {
        break;
      }
      off += next;
    }
    return best == null ? null : best.toString();
  }

  /**
   * Tells whether the text is 1 to 4 dot-separated numbers of 1 to 4 digits ({@code 2.17}, {@code
   * 2.3.4}), as {@link GlibcVersion#tryParse} reads them.
   */
  static boolean isVersion(String v) {
    return GlibcVersion.tryParse(v).isPresent();
  }
}
