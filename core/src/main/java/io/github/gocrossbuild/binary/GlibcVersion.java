package io.github.gocrossbuild.binary;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A glibc symbol version such as {@code 2.34} in {@code GLIBC_2.34} (also the form of libstdc++'s
 * {@code GLIBCXX_3.4.25}), compared numerically part by part; a missing part counts as 0, so {@code
 * 2.34} sorts with {@code 2.34.0}.
 *
 * <pre>{@code
 * GlibcVersion.parse("2.34").compareTo(GlibcVersion.parse("2.28")) > 0   // true
 * }</pre>
 *
 * <p>Like {@link java.math.BigDecimal}, the order is not consistent with {@link #equals}: {@link
 * #toString()} keeps the number of parts that was parsed.
 */
public final class GlibcVersion implements Comparable<GlibcVersion> {
  /** Real versions have two or three parts; more is hostile input (as are longer numbers). */
  private static final int MAX_PARTS = 4;

  private static final int MAX_DIGITS = 4;

  private final int[] parts;

  private GlibcVersion(int[] parts) {
    this.parts = parts;
  }

  /**
   * Parses a version: 1 to 4 dot-separated numbers of 1 to 4 digits.
   *
   * @param text e.g. {@code 2.28}, {@code 2.2.5}
   * @return the version
   * @throws IllegalArgumentException naming the text when it is not a glibc version
   */
  public static GlibcVersion parse(String text) {
    Objects.requireNonNull(text, "text");
    return tryParse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    String.format("\"%s\" is not a glibc version such as 2.28", text)));
  }

  /**
   * Parses a version, or says there is none; a plain loop, since it runs for every version a binary
   * names on every proof.
   *
   * @param text e.g. {@code 2.34}
   * @return the version, or empty when the text is not one
   */
  public static Optional<GlibcVersion> tryParse(String text) {
    int[] out = new int[MAX_PARTS];
    int count = 0;
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits > MAX_DIGITS) {
          return Optional.empty();
        }
        out[count] = out[count] * 10 + (c - '0');
      } else if (c == '.' && digits > 0 && count < MAX_PARTS - 1) {
        count++;
        digits = 0;
      } else {
        return Optional.empty();
      }
    }
    return digits == 0
        ? Optional.empty()
        : Optional.of(new GlibcVersion(Arrays.copyOf(out, count + 1)));
  }

  /**
   * Returns the major number.
   *
   * @return {@code 2} for every glibc since 1997
   */
  public int major() {
    return parts[0];
  }

  /**
   * Returns the minor number.
   *
   * @return e.g. {@code 34}; 0 when not written
   */
  public int minor() {
    return parts.length > 1 ? parts[1] : 0;
  }

  @Override
  public int compareTo(GlibcVersion o) {
    for (int i = 0; i < Math.max(parts.length, o.parts.length); i++) {
      int a = i < parts.length ? parts[i] : 0;
      int b = i < o.parts.length ? o.parts[i] : 0;
      if (a != b) {
        return Integer.compare(a, b);
      }
    }
    return 0;
  }

  /**
   * Tells whether this version sorts after another.
   *
   * @param other the other version
   * @return true when this one is newer
   */
  public boolean isNewerThan(GlibcVersion other) {
    return compareTo(other) > 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GlibcVersion v && Arrays.equals(parts, v.parts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(parts);
  }

  /**
   * Spells the version as glibc does.
   *
   * @return e.g. {@code 2.34}
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (int p : parts) {
      s.append(s.length() == 0 ? "" : ".").append(p);
    }
    return s.toString();
  }
}
