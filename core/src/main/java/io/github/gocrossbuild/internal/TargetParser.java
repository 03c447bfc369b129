package io.github.gocrossbuild.internal;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.InvalidTargetException;
import io.github.gocrossbuild.Target;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Parses platform strings and words the errors, naming the correct spelling where one is known. */
public final class TargetParser {

  private TargetParser() {}

  /**
   * Parses {@code GOOS/GOARCH[/VARIANT]}.
   *
   * @param input the platform string
   * @return the target
   * @throws InvalidTargetException when it is not a target Go can build for
   */
  public static Target parse(String input) {
    String[] parts = input.trim().split("/", -1);
    if (parts.length < 2 || parts.length > 3 || Arrays.stream(parts).anyMatch(String::isBlank)) {
      throw new InvalidTargetException(
          input,
          "Invalid target \""
              + input
              + "\": expected GOOS/GOARCH or GOOS/GOARCH/VARIANT, for"
              + " example linux/arm64, linux/arm/v7 or linux/amd64/v3.",
          null);
    }
    String osName = parts[0];
    String archName = parts[1];
    String variant = parts.length == 3 ? parts[2] : null;

    Optional<GoOs> os = GoOs.fromGoName(osName);
    Optional<GoArch> arch = GoArch.fromGoName(archName);
    if (os.isPresent() && arch.isPresent()) {
      Target target = Target.of(os.get(), arch.get());
      return variant == null ? target : withVariant(input, target, variant);
    }
    throw misspelt(input, osName, archName, variant, os, arch);
  }

  private static Target withVariant(String input, Target target, String variant) {
    try {
      return target.withVariant(variant);
    } catch (InvalidTargetException e) {
      throw new InvalidTargetException(
          input, e.getMessage().replace("\"" + e.input() + "\"", "\"" + input + "\""), null);
    }
  }

  private static InvalidTargetException misspelt(
      String input,
      String osName,
      String archName,
      String variant,
      Optional<GoOs> os,
      Optional<GoArch> arch) {
    String fixedOs = os.map(GoOs::goName).orElseGet(() -> fixOs(osName).orElse(null));
    String fixedArch = arch.map(GoArch::goName).orElse(null);
    String impliedVariant = null;
    String archHint = null;
    if (arch.isEmpty()) {
      Optional<GoArch.Alias> alias = GoArch.fromAlias(archName);
      if (alias.isPresent()) {
        GoArch aliased = alias.get().arch();
        fixedArch = aliased.goName();
        impliedVariant = alias.get().variant().orElse(null);
        archHint =
            impliedVariant == null
                ? String.format("Go calls this architecture \"%s\"", fixedArch)
                : String.format(
                    "Go calls this architecture \"%s\" with %s=%s",
                    fixedArch, aliased.variantVariable().orElseThrow(), impliedVariant);
      } else if (GoArch.fromGoName(archName.toLowerCase(Locale.ROOT)).isPresent()) {
        fixedArch = archName.toLowerCase(Locale.ROOT);
        archHint = "GOARCH values are lower case";
      }
    }
    String suggestion = null;
    if (fixedOs != null && fixedArch != null) {
      String v =
          variant != null
              ? variant
              : impliedVariant == null
                  ? null
                  : Variants.spell(GoArch.fromGoName(fixedArch).orElseThrow(), impliedVariant);
      suggestion = fixedOs + "/" + fixedArch + (v == null ? "" : "/" + v);
    }
    StringBuilder msg = new StringBuilder();
    if (os.isEmpty()) {
      msg.append("Unknown GOOS \"")
          .append(osName)
          .append("\" in target \"")
          .append(input)
          .append("\": ");
      if (fixedOs != null) {
        msg.append(osHint(osName, fixedOs)).append('.');
      } else {
        msg.append("valid GOOS values are ").append(join(GoOs.values())).append('.');
      }
    }
    if (arch.isEmpty()) {
      if (msg.length() > 0) {
        msg.append(' ');
      }
      msg.append("Unknown GOARCH \"")
          .append(archName)
          .append("\" in target \"")
          .append(input)
          .append("\": ");
      if (archHint != null) {
        msg.append(archHint).append('.');
      } else if (os.isPresent()) {
        msg.append("valid GOARCH values for ")
            .append(os.get().goName())
            .append(" are ")
            .append(join(Platforms.archesFor(os.get()).toArray()))
            .append('.');
      } else {
        msg.append("valid GOARCH values are ").append(join(GoArch.values())).append('.');
      }
    }
    if (suggestion != null) {
      msg.append(" Use \"").append(suggestion).append("\".");
    }
    return new InvalidTargetException(input, msg.toString(), suggestion);
  }

  private static Optional<String> fixOs(String osName) {
    return GoOs.fromName(osName).map(GoOs::goName);
  }

  private static String osHint(String given, String fixed) {
    if (given.toLowerCase(Locale.ROOT).equals(fixed)) {
      return "GOOS values are lower case";
    }
    return "Go calls this operating system \"" + fixed + "\"";
  }

  /**
   * Words the error for a pair Go does not support.
   *
   * @param input the target as given
   * @param os the GOOS
   * @param arch the GOARCH
   * @return the exception to throw
   */
  public static InvalidTargetException unsupportedPair(String input, GoOs os, GoArch arch) {
    return new InvalidTargetException(
        input,
        "Unsupported target \""
            + input
            + "\": Go 1.23 cannot build "
            + arch.goName()
            + " for "
            + os.goName()
            + ". Valid GOARCH values for "
            + os.goName()
            + " are "
            + join(Platforms.archesFor(os).toArray())
            + ".",
        null);
  }

  private static String join(Object[] values) {
    return Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(", "));
  }
}
