package io.github.gocrossbuild.internal.plan;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.binary.GlibcVersion;
import io.github.gocrossbuild.internal.LdFlags;
import io.github.gocrossbuild.internal.Variants;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The invariants of a {@link BuildSpec}; each failure names the argument. */
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
   * Checks a spec.
   *
   * @param spec the spec
   * @throws IllegalArgumentException naming the argument that is wrong
   */
  public static void check(BuildSpec spec) {
    if (spec.targets().isEmpty()) {
      throw new IllegalArgumentException("targets: at least one target is required");
    }
    if (spec.pkg().isBlank()) {
      throw new IllegalArgumentException("pkg: must not be blank; use \".\" for the module root");
    }
    if (spec.pkg().endsWith("...")) {
      throw new IllegalArgumentException(
          "pkg: \""
              + spec.pkg()
              + "\" matches several packages;"
              + " build one main package per builder");
    }
    if (spec.pkg().startsWith("-")) {
      throw new IllegalArgumentException("pkg: \"" + spec.pkg() + "\" looks like a flag");
    }
    spec.binaryName().ifPresent(SpecChecks::checkName);
    for (String tag : spec.tags()) {
      if (!TAG.matcher(tag).matches()) {
        throw new IllegalArgumentException(
            "tags: \""
                + tag
                + "\" is not a build tag (letters,"
                + " digits, '_', '-' and '.' only)");
      }
    }
    for (String arg : spec.ldflags()) {
      if (arg.isEmpty()) {
        throw new IllegalArgumentException("ldflags: empty argument");
      }
    }
    spec.env().forEach(SpecChecks::checkEnv);
    if (spec.concurrency() < 1) {
      throw new IllegalArgumentException(
          "concurrency: must be at least 1, was " + spec.concurrency());
    }
    spec.timeout()
        .ifPresent(
            t -> {
              if (t.isNegative() || t.isZero()) {
                throw new IllegalArgumentException("timeout: must be positive, was " + t);
              }
            });
    LdFlags.join(spec.strip(), spec.ldflags());
    spec.glibcAtMost()
        .ifPresent(
            v -> {
              try {
                GlibcVersion.parse(v);
              } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("glibcAtMost: " + e.getMessage(), e);
              }
            });
  }

  private static void checkName(String name) {
    if (name.isBlank()
        || name.contains("/")
        || name.contains("\\")
        || name.equals(".")
        || name.equals("..")
        || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          "binaryName: \""
              + name
              + "\" must be a plain file name"
              + " without directory separators");
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
      throw new IllegalArgumentException("env: \"" + name + "\" is not a variable name");
    }
    if (TARGET_VARIABLES.contains(name)) {
      String fix =
          name.equals("CGO_ENABLED")
              ? "cgo() or noCgo()"
              : name.equals("GOOS") || name.equals("GOARCH")
                  ? "the target (GoCrossBuild.target(...))"
                  : "a target variant, e.g. linux/arm/v7 or linux/amd64/v3";
      throw new IllegalArgumentException(
          "env: " + name + " defines the target and cannot be set" + " with env(...); use " + fix);
    }
    if (value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("env: the value of " + name + " contains a NUL byte");
    }
  }
}
