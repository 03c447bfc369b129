package io.github.gocrossbuild.internal;

import io.github.gocrossbuild.GoArch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates architecture variants ({@code GOARM}, {@code GOAMD64}, {@code GOARM64}, ...) the way Go
 * 1.23 documents them; Go itself silently accepts some invalid values such as {@code GOARM=8}. The
 * variables themselves come from {@link GoArch#variantVariable()}; this class only adds each one's
 * rule.
 */
public final class Variants {
  /** A variable's valid values, and how a message says them after "{@code GOXXX must be}". */
  private record Rule(Pattern pattern, String allowed) {}

  private static final Map<String, Rule> RULES =
      Map.of(
          "GOARM",
          rule(
              "[567](,(softfloat|hardfloat))?",
              "5, 6 or 7, optionally followed by ,softfloat or ,hardfloat (Go 1.23 silently"
                  + " accepts GOARM=8 and builds GOARM=7 code)"),
          "GOAMD64",
          rule(
              "v[1-4]",
              "v1, v2, v3 or v4 (Go 1.23 silently accepts other values and builds v1 code)"),
          "GOARM64",
          rule(
              "v(8\\.[0-9]|9\\.[0-5])(,lse(,crypto)?|,crypto(,lse)?)?",
              "v8.0 to v8.9 or v9.0 to v9.5, optionally followed by ,lse and/or ,crypto"),
          "GO386",
          rule("sse2|softfloat", "sse2 or softfloat"),
          "GOMIPS",
          rule("hardfloat|softfloat", "hardfloat or softfloat"),
          "GOMIPS64",
          rule("hardfloat|softfloat", "hardfloat or softfloat"),
          "GOPPC64",
          rule("power(8|9|10)", "power8, power9 or power10"),
          "GORISCV64",
          rule("rva2[02]u64", "rva20u64 or rva22u64"),
          "GOWASM",
          rule("(satconv|signext)(,(satconv|signext))?", "a comma list of satconv and signext"));

  private static final List<String> VARIABLES = derive();

  private Variants() {}

  private static Rule rule(String pattern, String allowed) {
    return new Rule(Pattern.compile(pattern), allowed);
  }

  private static List<String> derive() {
    List<String> out = new ArrayList<>();
    for (GoArch arch : GoArch.values()) {
      arch.variantVariable().filter(v -> !out.contains(v)).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /**
   * Lists the variant variables, each once, in {@link GoArch} order.
   *
   * @return {@code GO386, GOAMD64, GOARM, GOARM64, GOMIPS, GOMIPS64, GOPPC64, GORISCV64, GOWASM}
   */
  public static List<String> variables() {
    return VARIABLES;
  }

  /**
   * Returns the first architecture (in {@link GoArch} order) whose variant variable a name is.
   *
   * @param variable e.g. {@code GOMIPS}
   * @return e.g. mips; empty when it is no variant variable
   */
  public static Optional<GoArch> firstArchOf(String variable) {
    for (GoArch arch : GoArch.values()) {
      if (arch.variantVariable().filter(variable::equals).isPresent()) {
        return Optional.of(arch);
      }
    }
    return Optional.empty();
  }

  /** The variables that have a rule here; a test holds them equal to {@link #variables()}. */
  static Set<String> ruled() {
    return RULES.keySet();
  }

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
   * Spells a variable's value as a platform string writes it: {@code v7} for GOARM=7 (as Docker and
   * {@code linux/arm/v7} do), the value itself for every other architecture.
   *
   * @param arch the architecture
   * @param value the value of its variant variable
   * @return the platform spelling
   */
  public static String spell(GoArch arch, String value) {
    return arch == GoArch.ARM ? "v" + value : value;
  }

  /**
   * Checks a variant value; returns the reason it is wrong, if it is.
   *
   * @param arch the architecture
   * @param value the value of the architecture's variable, already normalised
   * @return empty when valid, else a sentence saying what is allowed
   */
  public static Optional<String> problem(GoArch arch, String value) {
    Optional<String> variable = arch.variantVariable();
    if (variable.isEmpty()) {
      return Optional.of(arch.goName() + " has no variants");
    }
    Rule rule = RULES.get(variable.get());
    return rule.pattern().matcher(value).matches()
        ? Optional.empty()
        : Optional.of(variable.get() + " must be " + rule.allowed());
  }
}
