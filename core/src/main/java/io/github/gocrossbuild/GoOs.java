package io.github.gocrossbuild;

import java.util.Locale;
import java.util.Optional;

/** Every GOOS value of Go 1.23's {@code go tool dist list}. */
public enum GoOs {
  /** IBM AIX. */
  AIX("aix"),
  /** Android. */
  ANDROID("android"),
  /** macOS. */
  DARWIN("darwin"),
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
  SOLARIS("solaris"),
  /** WASI preview 1 runtimes. */
  WASIP1("wasip1"),
  /** Windows. */
  WINDOWS("windows");

  private final String goName;

  GoOs(String goName) {
    this.goName = goName;
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
    if (name.startsWith("windows")) {
      return Optional.of(WINDOWS);
    }
    if (name.startsWith("mac") || name.startsWith("darwin")) {
      return Optional.of(DARWIN);
    }
    if (name.startsWith("sunos")) {
      return Optional.of(SOLARIS);
    }
    return fromGoName(name.replace(" ", ""));
  }

  @Override
  public String toString() {
    return goName;
  }
}
