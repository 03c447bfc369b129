package io.github.gocrossbuild;

/**
 * Every property the proof compares, the typed id of a {@link VerificationProblem}. {@code
 * docs/ids.md} lists them with what each checks, and a test keeps that list equal to this one.
 */
public enum VerifiedProperty {
  /** The file format the target's OS uses (ELF, PE, Mach-O, ...). */
  FORMAT("format"),
  /** The OS read from the file's headers. */
  GOOS("GOOS"),
  /** The architecture read from the file's headers. */
  GOARCH("GOARCH"),
  /** 32 or 64 bits. */
  BITS("bits"),
  /** Whether the file is a Go executable at all. */
  GO("Go"),
  /** Whether Go's build info can be read. */
  BUILD_INFO("build info"),
  /** The target's variant variable as recorded ({@code GOARM}, {@code GOAMD64}, ...). */
  VARIANT("<variant variable>"),
  /**
   * A setting recorded in the build info ({@code GOOS}, {@code GOARCH}, {@code CGO_ENABLED}, ...).
   */
  BUILD_SETTING("build setting <key>"),
  /** Whether {@code -trimpath} was recorded as asked. */
  TRIMPATH("-trimpath"),
  /** The symbol table, absent when stripping was asked. */
  SYMBOLS("symbols"),
  /** Debug sections, absent when stripping was asked. */
  DWARF("DWARF"),
  /** Static or dynamic linking. */
  LINKING("linking"),
  /** The dynamic loader a cgo binary names. */
  INTERPRETER("interpreter"),
  /** The newest glibc symbol version needed, against {@code glibcAtMost}. */
  GLIBC("glibc");

  private final String property;

  VerifiedProperty(String property) {
    this.property = property;
  }

  /**
   * Returns the property as problems name it; a name in angle brackets stands for the variable or
   * setting concerned.
   *
   * @return e.g. {@code GOARCH}, {@code build setting <key>}
   */
  public String property() {
    return property;
  }

  /**
   * Tells whether a problem of this kind names a variable or a setting.
   *
   * @return true for {@link #VARIANT} and {@link #BUILD_SETTING}
   */
  public boolean named() {
    return property.indexOf('<') >= 0;
  }

  /**
   * Tells whether a problem's property is one of this kind: the same text, or for a named kind the
   * text before the name followed by a name.
   *
   * @param text a problem's property
   * @return true when it fits
   */
  boolean spells(String text) {
    if (!named()) {
      return text.equals(property);
    }
    String prefix = property("");
    return text.startsWith(prefix) && text.length() > prefix.length();
  }

  /**
   * Returns the property of a problem about one variable or setting.
   *
   * @param name e.g. {@code GOARM} or {@code vcs}
   * @return e.g. {@code GOARM} or {@code build setting vcs}
   */
  String property(String name) {
    return property.substring(0, property.indexOf('<')) + name;
  }
}
