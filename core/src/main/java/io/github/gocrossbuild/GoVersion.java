package io.github.gocrossbuild;

import java.util.Objects;
import java.util.Optional;

/**
 * A Go version as Go spells it ({@code go1.23.5}, {@code go1.23}, {@code go1.24rc1}), comparable
 * the way the toolchain switch compares them: numerically part by part, a missing part counts as 0
 * (so {@code 1.23} sorts with {@code 1.23.0}), and betas before release candidates before the
 * release.
 *
 * <pre>{@code
 * GoVersion.parse("go1.24rc1").compareTo(GoVersion.parse("1.24.0")) < 0   // true
 * }</pre>
 *
 * <p>Like {@link java.math.BigDecimal}, the order is not consistent with {@link #equals}: {@code
 * 1.23} and {@code 1.23.0} compare as equal but are different spellings, and {@link #toString()}
 * keeps the one that was parsed.
 */
public final class GoVersion implements Comparable<GoVersion> {
  /** Longer numbers are not versions but hostile input; nine digits cannot overflow an int. */
  private static final int MAX_DIGITS = 9;

  /** What may follow a version: {@code go1.21.0-bigcorp}, {@code go1.23.5 X:nocoverageredesign}. */
  private static final String SUFFIX_STARTS = "- ";

  /** The kind of pre-release, in the order Go sorts them before the release. */
  private enum Stage {
    BETA("beta"),
    RC("rc"),
    RELEASE("");

    private final String spelling;

    Stage(String spelling) {
      this.spelling = spelling;
    }
  }

  private final int major;
  private final int minor;
  private final int patch;
  private final int parts;
  private final Stage stage;
  private final int preRelease;

  private GoVersion(int major, int minor, int patch, int parts, Stage stage, int preRelease) {
    this.major = major;
    this.minor = minor;
    this.patch = patch;
    this.parts = parts;
    this.stage = stage;
    this.preRelease = preRelease;
  }

  /**
   * Parses a version with or without the {@code go} prefix. A suffix Go ignores ({@code -bigcorp},
   * {@code " X:boringcrypto"}) is dropped.
   *
   * @param text e.g. {@code go1.23.5}, {@code 1.23}, {@code go1.24rc1}
   * @return the version
   * @throws IllegalArgumentException naming the text when it is not a Go version
   */
  public static GoVersion parse(String text) {
    Objects.requireNonNull(text, "text");
    return tryParse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    String.format(
                        "\"%s\" is not a Go version such as go1.23.5, 1.23 or go1.24rc1", text)));
  }

  /**
   * Parses a version, or says there is none; for text a tool printed, which may be {@code devel
   * +abc} or empty.
   *
   * @param text e.g. {@code go1.23.5}
   * @return the version, or empty when the text is not one
   */
  public static Optional<GoVersion> tryParse(String text) {
    String v = text.strip();
    for (char c : SUFFIX_STARTS.toCharArray()) {
      int cut = v.indexOf(c);
      v = cut < 0 ? v : v.substring(0, cut);
    }
    v = v.startsWith("go") ? v.substring(2) : v;
    int[] numbers = new int[3];
    int parts = 0;
    int at = 0;
    while (true) {
      int end = digitsEnd(v, at);
      if (end == at || parts == 3) {
        return Optional.empty();
      }
      numbers[parts++] = Integer.parseInt(v.substring(at, end));
      at = end;
      if (at < v.length() && v.charAt(at) == '.') {
        at++;
      } else {
        break;
      }
    }
    Stage stage = Stage.RELEASE;
    int pre = 0;
    String rest = v.substring(at);
    if (!rest.isEmpty()) {
      stage = rest.startsWith("rc") ? Stage.RC : rest.startsWith("beta") ? Stage.BETA : null;
      if (stage == null || parts == 3) {
        return Optional.empty();
      }
      int from = stage.spelling.length();
      int end = digitsEnd(rest, from);
      if (end == from || end != rest.length()) {
        return Optional.empty();
      }
      pre = Integer.parseInt(rest.substring(from, end));
    }
    return Optional.of(new GoVersion(numbers[0], numbers[1], numbers[2], parts, stage, pre));
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && end - from < MAX_DIGITS && isDigit(s.charAt(end))) {
      end++;
    }
    return end < s.length() && isDigit(s.charAt(end)) ? from : end;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Returns the major number.
   *
   * @return {@code 1} for every Go so far
   */
  public int major() {
    return major;
  }

  /**
   * Returns the minor number, the one a Go release is named by.
   *
   * @return e.g. {@code 23} for {@code go1.23.5}; 0 when not written
   */
  public int minor() {
    return minor;
  }

  /**
   * Returns the patch number.
   *
   * @return e.g. {@code 5} for {@code go1.23.5}; 0 when not written
   */
  public int patch() {
    return patch;
  }

  /**
   * Tells whether this is a beta or a release candidate.
   *
   * @return true for {@code go1.24rc1} and {@code go1.24beta2}
   */
  public boolean isPreRelease() {
    return stage != Stage.RELEASE;
  }

  /**
   * Returns the language version: major and minor only, as a go.mod {@code go} line or Delve's
   * supported range names it.
   *
   * @return e.g. {@code go1.23} for {@code go1.23.5} and for {@code go1.23rc1}
   */
  public GoVersion language() {
    return new GoVersion(major, minor, 0, Math.min(parts, 2), Stage.RELEASE, 0);
  }

  /**
   * Returns the version without the {@code go} prefix.
   *
   * @return e.g. {@code 1.23.5}
   */
  public String number() {
    StringBuilder s = new StringBuilder().append(major);
    if (parts > 1) {
      s.append('.').append(minor);
    }
    if (parts > 2) {
      s.append('.').append(patch);
    }
    if (stage != Stage.RELEASE) {
      s.append(stage.spelling).append(preRelease);
    }
    return s.toString();
  }

  @Override
  public int compareTo(GoVersion o) {
    int c = Integer.compare(major, o.major);
    c = c != 0 ? c : Integer.compare(minor, o.minor);
    c = c != 0 ? c : Integer.compare(patch, o.patch);
    c = c != 0 ? c : stage.compareTo(o.stage);
    return c != 0 ? c : Integer.compare(preRelease, o.preRelease);
  }

  /**
   * Tells whether this version sorts after another.
   *
   * @param other the other version
   * @return true when this one is newer
   */
  public boolean isNewerThan(GoVersion other) {
    return compareTo(other) > 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GoVersion v && v.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /**
   * Spells the version as Go prints it.
   *
   * @return e.g. {@code go1.23.5}, {@code go1.23}, {@code go1.24rc1}
   */
  @Override
  public String toString() {
    return "go" + number();
  }
}
