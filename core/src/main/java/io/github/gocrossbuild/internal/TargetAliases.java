package io.github.gocrossbuild.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Spellings people use for an OS or architecture that Go does not accept, with what Go calls them.
 * {@code uname -m} output and Docker platform names are the usual sources.
 */
public final class TargetAliases {
  /** The Go spelling of a misspelt architecture, and the variant it implies (may be empty). */
  public static final class ArchAlias {
    private final String goArch;
    private final String variant;

    ArchAlias(String goArch, String variant) {
      this.goArch = goArch;
      this.variant = variant;
    }

    /**
     * Returns the GOARCH value.
     *
     * @return e.g. {@code arm}
     */
    public String goArch() {
      return goArch;
    }

    /**
     * Returns the GOARM (or other variant) value the alias implies.
     *
     * @return e.g. {@code 7} for armv7l, or empty
     */
    public Optional<String> variant() {
      return Optional.ofNullable(variant);
    }
  }

  private static final Map<String, ArchAlias> ARCH =
      Map.ofEntries(
          Map.entry("aarch64", new ArchAlias("arm64", null)),
          Map.entry("armv8", new ArchAlias("arm64", null)),
          Map.entry("armv8l", new ArchAlias("arm64", null)),
          Map.entry("arm64v8", new ArchAlias("arm64", null)),
          Map.entry("x86_64", new ArchAlias("amd64", null)),
          Map.entry("x86-64", new ArchAlias("amd64", null)),
          Map.entry("x64", new ArchAlias("amd64", null)),
          Map.entry("i386", new ArchAlias("386", null)),
          Map.entry("i486", new ArchAlias("386", null)),
          Map.entry("i586", new ArchAlias("386", null)),
          Map.entry("i686", new ArchAlias("386", null)),
          Map.entry("x86", new ArchAlias("386", null)),
          Map.entry("armv7", new ArchAlias("arm", "7")),
          Map.entry("armv7l", new ArchAlias("arm", "7")),
          Map.entry("armhf", new ArchAlias("arm", "7")),
          Map.entry("armv6", new ArchAlias("arm", "6")),
          Map.entry("armv6l", new ArchAlias("arm", "6")),
          Map.entry("armel", new ArchAlias("arm", "5")),
          Map.entry("armv5", new ArchAlias("arm", "5")),
          Map.entry("ppc64el", new ArchAlias("ppc64le", null)),
          Map.entry("powerpc64le", new ArchAlias("ppc64le", null)),
          Map.entry("riscv", new ArchAlias("riscv64", null)),
          Map.entry("loongarch64", new ArchAlias("loong64", null)));

  private static final Map<String, String> OS =
      Map.of(
          "macos", "darwin",
          "osx", "darwin",
          "mac", "darwin",
          "macosx", "darwin",
          "win", "windows",
          "win32", "windows",
          "win64", "windows",
          "sunos", "solaris");

  private TargetAliases() {}

  /**
   * Looks up a misspelt architecture.
   *
   * @param name the spelling as given
   * @return what Go calls it, or empty when it is not a known alias
   */
  public static Optional<ArchAlias> arch(String name) {
    return Optional.ofNullable(ARCH.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * Looks up a misspelt operating system.
   *
   * @param name the spelling as given
   * @return the GOOS Go uses, or empty when it is not a known alias
   */
  public static Optional<String> os(String name) {
    return Optional.ofNullable(OS.get(name.toLowerCase(Locale.ROOT)));
  }
}
