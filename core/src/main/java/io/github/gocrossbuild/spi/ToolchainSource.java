package io.github.gocrossbuild.spi;

/**
 * How a {@link Toolchain} was found: the typed form of {@link Toolchain#foundBy()}, whose text
 * starts with {@link #label()}, after {@code goVersion(<version>): } when an exact version was
 * asked for (and {@code found by} when it was found rather than installed). {@code docs/ids.md}
 * lists them, and a test keeps that list equal to this one.
 */
public enum ToolchainSource {
  /** The path the caller gave with {@code goCommand(...)}. */
  GO_COMMAND("goCommand(...)"),
  /** {@code $GOROOT/bin/go} of the build's environment. */
  GOROOT_BIN("GOROOT/bin"),
  /** The first {@code go} on the build environment's {@code PATH}. */
  PATH("PATH"),
  /** The {@code PATH} of an SSH host's login shell, when plain commands do not see {@code go}. */
  LOGIN_SHELL_PATH("login shell PATH"),
  /**
   * A usual install location, e.g. {@code /usr/local/go/bin} or the newest {@code /usr/lib/go-1.N}.
   */
  WELL_KNOWN_PLACE("well-known place"),
  /** Installed (now or earlier) by {@code goVersion(...)} through {@code GoDownloads}. */
  INSTALLED("installed");

  private final String label;

  ToolchainSource(String label) {
    this.label = label;
  }

  /**
   * Returns how {@code foundBy()} names this source.
   *
   * @return e.g. {@code PATH}, {@code well-known place}
   */
  public String label() {
    return label;
  }

  /**
   * Describes a place this source proposes.
   *
   * @param place the directory or detail that follows the label; empty for none
   * @return e.g. {@code well-known place /usr/local/go/bin}, or the label alone
   */
  public String describe(String place) {
    return place.isEmpty() ? label : label + " " + place;
  }
}
