package io.github.gocrossbuild.internal;

import io.github.gocrossbuild.GoArch;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Validates architecture variants ({@code GOARM}, {@code GOAMD64}, {@code GOARM64}, ...) the way Go
 * 1.23 documents them; Go itself silently accepts some invalid values such as {@code GOARM=8}.
 */
public final class Variants {
  private static final Pattern GOARM = Pattern.compile("[567](,(softfloat|hardfloat))?");
  private static final Pattern GOAMD64 = Pattern.compile("v[1-4]");
  private static final Pattern GOARM64 =
      Pattern.compile("v(8\\.[0-9]|9\\.[0-5])(,lse|,crypto){0,2}");
  private static final Pattern GO386 = Pattern.compile("sse2|softfloat");
  private static final Pattern GOMIPS = Pattern.compile("hardfloat|softfloat");
  private static final Pattern GOPPC64 = Pattern.compile("power(8|9|10)");
  private static final Pattern GORISCV64 = Pattern.compile("rva2[02]u64");
  private static final Pattern GOWASM = Pattern.compile("(satconv|signext)(,(satconv|signext))?");

  private Variants() {}

  /**
   * Normalises a variant as written in a platform string ({@code v7} for arm) to the value of the
   * architecture's variable ({@code 7}).
   *
   * @param arch the architecture
   * @param variant the variant as written
   * @return the variable's value
   */
  public static String normalize(GoArch arch, String variant) {
    if (arch == GoArch.ARM && variant.matches("v[567](,.*)?")) {
      return variant.substring(1);
    }
    return variant;
  }

  /**
   * Checks a variant value; returns the reason it is wrong, if it is.
   *
   * @param arch the architecture
   * @param value the value of the architecture's variable, already normalised
   * @return empty when valid, else a sentence saying what is allowed
   */
  public static Optional<String> problem(GoArch arch, String value) {
    switch (arch) {
      case ARM:
        return check(
            value,
            GOARM,
            "GOARM must be 5, 6 or 7, optionally followed by ,softfloat or"
                + " ,hardfloat (Go 1.23 silently accepts GOARM=8 and builds GOARM=7 code)");
      case AMD64:
        return check(
            value,
            GOAMD64,
            "GOAMD64 must be v1, v2, v3 or v4 (Go 1.23 silently accepts"
                + " other values and builds v1 code)");
      case ARM64:
        return checkArm64(value);
      case I386:
        return check(value, GO386, "GO386 must be sse2 or softfloat");
      case MIPS:
      case MIPSLE:
        return check(value, GOMIPS, "GOMIPS must be hardfloat or softfloat");
      case MIPS64:
      case MIPS64LE:
        return check(value, GOMIPS, "GOMIPS64 must be hardfloat or softfloat");
      case PPC64:
      case PPC64LE:
        return check(value, GOPPC64, "GOPPC64 must be power8, power9 or power10");
      case RISCV64:
        return check(value, GORISCV64, "GORISCV64 must be rva20u64 or rva22u64");
      case WASM:
        return check(value, GOWASM, "GOWASM must be a comma list of satconv and signext");
      default:
        return Optional.of(arch.goName() + " has no variants");
    }
  }

  private static Optional<String> checkArm64(String value) {
    String rule =
        "GOARM64 must be v8.0 to v8.9 or v9.0 to v9.5, optionally followed by ,lse and/or"
            + " ,crypto";
    if (!GOARM64.matcher(value).matches()) {
      return Optional.of(rule);
    }
    int lse = value.split(",lse", -1).length - 1;
    int crypto = value.split(",crypto", -1).length - 1;
    return lse > 1 || crypto > 1 ? Optional.of(rule) : Optional.empty();
  }

  private static Optional<String> check(String value, Pattern pattern, String rule) {
    return pattern.matcher(value).matches() ? Optional.empty() : Optional.of(rule);
  }
}
