package io.github.gocrossbuild.internal;

/**
 * Compares the other dotted version numbers a host reports (libstdc++'s GLIBCXX, musl) leniently:
 * each part by its leading digits, missing parts count as 0, so {@code 1.23rc1} equals {@code
 * 1.23}. Go and glibc versions have value types of their own: {@link
 * io.github.gocrossbuild.GoVersion}, {@link io.github.gocrossbuild.binary.GlibcVersion}.
 */
public final class DottedVersions {

  private DottedVersions() {}

  /**
   * Compares two versions.
   *
   * @param a e.g. {@code 2.34}
   * @param b e.g. {@code 2.2.5}
   * @return negative, zero or positive
   */
  public static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? leading(x[i]) : 0;
      long q = i < y.length ? leading(y[i]) : 0;
      if (p != q) {
        return Long.compare(p, q);
      }
    }
    return 0;
  }

  /** The part's leading digits (at most 9, so hostile input cannot overflow), or 0. */
  private static long leading(String s) {
    int end = 0;
    while (end < s.length() && end < 9 && Character.isDigit(s.charAt(end))) {
      end++;
    }
    return end == 0 ? 0 : Long.parseLong(s.substring(0, end));
  }
}
