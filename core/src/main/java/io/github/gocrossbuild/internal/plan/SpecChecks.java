package io.github.gocrossbuild.internal.plan;

import io.github.gocrossbuild.binary.GlibcVersion;
import io.github.gocrossbuild.internal.LdFlags;
import io.github.gocrossbuild.internal.Variants;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for each value of a build spec, which {@code BuildSpec} applies to its attributes and
 * the builder to {@code env(...)} at once; each failure names the argument.
 */
public final class SpecChecks {
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_.\\-]+");

  /** Variables that define the target: set through the target, cgo() and noCgo() instead. */
  static final Set<String> TARGET_VARIABLES = targetVariables();

  private SpecChecks() {}

  private static Set<String> targetVariables() {
    Set<String> out = new LinkedHashSet<>(List.of("GOOS", "GOARCH", "CGO_ENABLED"));
    out.addAll(Variants.variables());
    return Collections.unmodifiableSet(out);
  }

  /**
   * Checks the package pattern.
   *
   * @param pkg e.g. {@code ./cmd/app}
   * @throws IllegalArgumentException when it is blank, matches several packages or looks like a
   *     flag
   */
  public static void checkPkg(String pkg) {
    if (pkg.isBlank()) {
      throw new IllegalArgumentException("pkg: must not be blank; use \".\" for the module root");
    }
    if (pkg.endsWith("...")) {
      throw new IllegalArgumentException(
          String.format(
              "pkg: \"%s\" matches several packages; build one main package per builder", pkg));
    }
    if (pkg.startsWith("-")) {
      throw new IllegalArgumentException(String.format("pkg: \"%s\" looks like a flag", pkg));
    }
  }

  /**
   * Checks the artifact's file name.
   *
   * @param name the name
   * @throws IllegalArgumentException when it is not a plain file name
   */
  public static void checkBinaryName(String name) {
    if (name.isBlank()
        || name.contains("/")
        || name.contains("\\")
        || name.equals(".")
        || name.equals("..")
        || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          String.format(
              "binaryName: \"%s\" must be a plain file name without directory separators", name));
    }
  }

  /**
   * Checks one build tag.
   *
   * @param tag the tag
   * @throws IllegalArgumentException when it has characters a build tag cannot have
   */
  public static void checkTag(String tag) {
    if (!TAG.matcher(tag).matches()) {
      throw new IllegalArgumentException(
          String.format(
              "tags: \"%s\" is not a build tag (letters, digits, '_', '-' and '.' only)", tag));
    }
  }

  /**
   * Checks the linker flags one by one.
   *
   * @param ldflags the flags
   * @throws IllegalArgumentException on an empty argument
   */
  public static void checkLdflags(List<String> ldflags) {
    for (String arg : ldflags) {
      if (arg.isEmpty()) {
        throw new IllegalArgumentException("ldflags: empty argument");
      }
    }
  }

  /**
   * Checks that the linker flags join into one {@code -ldflags} value with stripping.
   *
   * @param strip whether {@code -s -w} are added
   * @param ldflags the flags
   * @throws IllegalArgumentException when they cannot be joined
   */
  public static void checkLdflagsJoin(boolean strip, List<String> ldflags) {
    LdFlags.join(strip, ldflags);
  }

  /**
   * Checks the number of targets built at once.
   *
   * @param concurrency the number
   * @throws IllegalArgumentException when it is below 1
   */
  public static void checkConcurrency(int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency: must be at least 1, was " + concurrency);
    }
  }

  /**
   * Checks the build timeout.
   *
   * @param timeout the timeout
   * @throws IllegalArgumentException when it is not positive
   */
  public static void checkTimeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout: must be positive, was " + timeout);
    }
  }

  /**
   * Checks the glibc floor.
   *
   * @param version e.g. {@code 2.28}
   * @throws IllegalArgumentException when it is not a glibc version
   */
  public static void checkGlibc(String version) {
    try {
      GlibcVersion.parse(version);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("glibcAtMost: " + e.getMessage(), e);
    }
  }

  /**
   * Checks one environment variable given to {@code env(...)}.
   *
   * @param name the name
   * @param value the value
   * @throws IllegalArgumentException naming the variable
   */
  public static void checkEnv(String name, String value) {
    if (!ENV_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(String.format("env: \"%s\" is not a variable name", name));
    }
    if (TARGET_VARIABLES.contains(name)) {
      String fix =
          name.equals("CGO_ENABLED")
              ? "cgo() or noCgo()"
              : name.equals("GOOS") || name.equals("GOARCH")
                  ? "the target (GoCrossBuild.target(...))"
                  : "a target variant, e.g. linux/arm/v7 or linux/amd64/v3";
      throw new IllegalArgumentException(
          String.format(
              "env: %s defines the target and cannot be set with env(...); use %s", name, fix));
    }
    if (value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          String.format("env: the value of %s contains a NUL byte", name));
    }
  }
}
