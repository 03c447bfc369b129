package io.github.gocrossbuild;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every GOOS value {@code go tool dist list} has had from Go 1.21 to 1.24, with the other spellings
 * people and systems use for some of them ({@code macos}, {@code win64}, {@code uname -s}'s {@code
 * SunOS}). Which pairs a build may use is decided by the toolchain that builds ({@link
 * io.github.gocrossbuild.spi.TargetTable}).
 */
public enum GoOs {
  /** IBM AIX. */
  AIX("aix"),
  /** Android. */
  ANDROID("android"),
  /** macOS. */
  DARWIN("darwin", "macos", "osx", "mac", "macosx"),
  /** DragonFly BSD. */
  DRAGONFLY("dragonfly"),
  /** FreeBSD. */
  FREEBSD("freebsd"),
  /** illumos. */
  ILLUMOS("illumos"),
  /** iOS. */
  IOS("ios"),
  /** JavaScript hosts (browsers, Node.js) running WebAssembly. */
  JS("js"),
  /** Linux. */
  LINUX("linux"),
  /** NetBSD. */
  NETBSD("netbsd"),
  /** OpenBSD. */
  OPENBSD("openbsd"),
  /** Plan 9. */
  PLAN9("plan9"),
  /** Solaris. */
  SOLARIS("solaris", "sunos"),
  /** WASI preview 1 runtimes. */
  WASIP1("wasip1"),
  /** Windows. */
  WINDOWS("windows", "win", "win32", "win64");

  private final String goName;
  private final List<String> aliases;

  GoOs(String goName, String... aliases) {
    this.goName = goName;
    this.aliases = List.of(aliases);
  }

  /**
   * Returns the value Go uses for {@code GOOS}.
   *
   * @return the GOOS spelling, e.g. {@code "linux"}
   */
  public String goName() {
    return goName;
  }

  /**
   * Returns the other spellings of this operating system, lower case.
   *
   * @return e.g. {@code macos} and {@code osx} for darwin; possibly empty
   */
  public List<String> aliases() {
    return aliases;
  }

  /**
   * Looks up another spelling of an operating system, ignoring case; Go's own names are not
   * aliases.
   *
   * @param spelling e.g. {@code macos} or {@code SunOS}
   * @return the operating system, or empty when unknown
   */
  public static Optional<GoOs> fromAlias(String spelling) {
    String lower = spelling.toLowerCase(Locale.ROOT);
    for (GoOs os : values()) {
      if (os.aliases.contains(lower)) {
        return Optional.of(os);
      }
    }
    return Optional.empty();
  }

  /**
   * Maps a name a system reports ({@code uname -s}, the JVM's {@code os.name} without spaces) to a
   * GOOS: Go's own spelling or an alias, ignoring case.
   *
   * @param name the reported name, e.g. {@code Linux} or {@code SunOS}
   * @return the operating system, or empty when unknown
   */
  public static Optional<GoOs> fromName(String name) {
    Optional<GoOs> exact = fromGoName(name.toLowerCase(Locale.ROOT));
    return exact.isPresent() ? exact : fromAlias(name);
  }

  /**
   * Finds the constant for a GOOS spelling; aliases such as {@code macos} are not accepted.
   *
   * @param goName a GOOS value, e.g. {@code "linux"}
   * @return the constant, or empty when Go has no such GOOS
   */
  public static Optional<GoOs> fromGoName(String goName) {
    for (GoOs os : values()) {
      if (os.goName.equals(goName)) {
        return Optional.of(os);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the operating system this JVM runs on, in Go's terms.
   *
   * @return the host GOOS, or empty when Go does not support it
   */
  public static Optional<GoOs> current() {
    String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    // "Windows 11", "Mac OS X": the JVM adds a version or spaces.
    if (name.startsWith("windows")) {
      return Optional.of(WINDOWS);
    }
    if (name.startsWith("mac")) {
      return Optional.of(DARWIN);
    }
    return fromName(name.replace(" ", ""));
  }

  @Override
  public String toString() {
    return goName;
  }
}
