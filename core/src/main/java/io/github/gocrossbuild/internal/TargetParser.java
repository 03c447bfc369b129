package io.github.gocrossbuild.internal;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.InvalidTargetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Parses platform strings and holds the rules a target obeys (a pair Go builds for, a valid
 * variant), wording the errors and naming the correct spelling where one is known. Knows the parts
 * of a target, not the {@link io.github.gocrossbuild.Target} value, which builds itself from {@link
 * Parts}.
 */
public final class TargetParser {

  private TargetParser() {}

  /**
   * A parsed and checked platform string.
   *
   * @param goos the GOOS
   * @param goarch the GOARCH
   * @param variant the variant as Go spells its variable's value ({@code 7}, {@code v3})
   */
  public record Parts(GoOs goos, GoArch goarch, Optional<String> variant) {}

  /**
   * Parses {@code GOOS/GOARCH[/VARIANT]}.
   *
   * @param input the platform string
   * @return the checked parts
   * @throws InvalidTargetException when it is not a target Go can build for
   */
  public static Parts parse(String input) {
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
      requireSupported(os.get(), arch.get());
      return new Parts(
          os.get(),
          arch.get(),
          Optional.ofNullable(variant).map(v -> checkVariant(arch.get(), v, input)));
    }
    throw misspelt(input, osName, archName, variant, os, arch);
  }

  /**
   * Checks that Go builds for the pair.
   *
   * @param os the GOOS
   * @param arch the GOARCH
   * @throws InvalidTargetException when it does not, naming the architectures it has for the OS
   */
  public static void requireSupported(GoOs os, GoArch arch) {
    if (!Platforms.isSupported(os, arch)) {
      throw unsupportedPair(os.goName() + "/" + arch.goName(), os, arch);
    }
  }

  /**
   * Checks a variant and spells it as Go spells the variable's value.
   *
   * @param arch the GOARCH
   * @param variant the variant as given, e.g. {@code v7} or {@code 7}
   * @param input the target as given, for the message
   * @return the normalised variant, e.g. {@code 7}
   * @throws InvalidTargetException when the architecture has no such variant
   */
  public static String checkVariant(GoArch arch, String variant, String input) {
    String normalized = Variants.normalize(arch, variant);
    Optional<String> problem = Variants.problem(arch, normalized);
    if (problem.isPresent()) {
      throw new InvalidTargetException(
          input,
          String.format(
              "Invalid variant \"%s\" in target \"%s\": %s.", variant, input, problem.get()),
          null);
    }
    return normalized;
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
            + "\": no Go release from 1.21 to 1.24 builds "
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
