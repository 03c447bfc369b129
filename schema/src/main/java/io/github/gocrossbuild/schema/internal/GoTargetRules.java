package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.InvalidTargetException;
import io.github.gocrossbuild.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The Go-aware checks shared by every kind: GOOS/GOARCH values Go rejects ({@code go.goarch-alias}
 * for known misspellings such as {@code aarch64}, {@code go.invalid-target} for the rest and for
 * pairs missing from {@code go tool dist list}), variant values, and {@code CGO_ENABLED}.
 */
public final class GoTargetRules {
  private GoTargetRules() {}

  /**
   * Checks an environment given as an object, e.g. {@code options.env} or {@code go.toolsEnvVars}.
   *
   * @param env the object
   * @param pointer its pointer
   * @param sink where to report
   */
  public static void checkEnvMap(JsonNode env, String pointer, IssueSink sink) {
    Map<String, String[]> vars = new LinkedHashMap<>();
    Nodes.members(
        env,
        pointer,
        (name, p, value) ->
            Nodes.scalarText(value).ifPresent(v -> vars.put(name, new String[] {v, p})));
    checkEnv(vars, sink);
  }

  /**
   * Checks an environment given as {@code KEY=VALUE} strings, as GoReleaser writes it.
   *
   * @param list the array
   * @param pointer its pointer
   * @param sink where to report
   */
  public static void checkEnvList(JsonNode list, String pointer, IssueSink sink) {
    Map<String, String[]> vars = new LinkedHashMap<>();
    Nodes.elements(
        list,
        pointer,
        (i, p, value) ->
            Nodes.text(value)
                .ifPresent(
                    line -> {
                      int eq = line.indexOf('=');
                      if (eq > 0) {
                        vars.put(line.substring(0, eq), new String[] {line.substring(eq + 1), p});
                      }
                    }));
    checkEnv(vars, sink);
  }

  private static void checkEnv(Map<String, String[]> vars, IssueSink sink) {
    // An empty value means "unset" to the go command, so it is not a wrong value; nor is one that
    // VS Code (${input:arch}, ${env:GOARCH}) or GoReleaser ({{ .Arch }}) fills in at run time.
    vars.values().removeIf(v -> v[0].isEmpty() || v[0].contains("${") || v[0].contains("{{"));
    String[] goos = vars.get("GOOS");
    String[] goarch = vars.get("GOARCH");
    Optional<GoOs> os = goos == null ? Optional.empty() : checkGoos(goos[0], goos[1], sink);
    Optional<GoArch> arch =
        goarch == null ? Optional.empty() : checkGoarch(goarch[0], goarch[1], sink);
    if (os.isPresent() && arch.isPresent()) {
      checkPair(os.get(), arch.get(), goarch[1], sink);
    }
    arch.flatMap(GoArch::variantVariable)
        .map(vars::get)
        .ifPresent(
            variant ->
                checkVariant(
                    os.orElse(null),
                    arch.get(),
                    variant[0],
                    variant[1],
                    envConsequence(arch.get()),
                    sink));
    String[] cgo = vars.get("CGO_ENABLED");
    if (cgo != null && !cgo[0].equals("0") && !cgo[0].equals("1") && !cgo[0].isEmpty()) {
      sink.flag(
          RuleId.GO_INVALID_ENV_VALUE,
          cgo[1],
          "CGO_ENABLED must be \"0\" or"
              + " \"1\" and Go does not read \""
              + cgo[0]
              + "\" as either; write \""
              + (cgo[0].matches("(?i)true|yes|on") ? "1" : "0")
              + "\".");
    }
  }

  /**
   * Checks one GOOS value.
   *
   * @param value the value as written
   * @param pointer where it is
   * @param sink where to report
   * @return the OS when the value is valid
   */
  public static Optional<GoOs> checkGoos(String value, String pointer, IssueSink sink) {
    Optional<GoOs> os = GoOs.fromGoName(value);
    if (os.isEmpty()) {
      Optional<String> fix = suggestion(value + "/amd64").map(s -> s.split("/")[0]);
      if (fix.isPresent() && !fix.get().equals(value)) {
        sink.flag(
            RuleId.GO_GOARCH_ALIAS,
            pointer,
            "GOOS \"" + value + "\" is not a name Go knows; use \"" + fix.get() + "\".");
      } else {
        sink.flag(
            RuleId.GO_INVALID_TARGET,
            pointer,
            "GOOS \""
                + value
                + "\" is not an operating"
                + " system Go 1.23 supports; use one of "
                + names(GoOs.values())
                + ".");
      }
    }
    return os;
  }

  /**
   * Checks one GOARCH value.
   *
   * @param value the value as written
   * @param pointer where it is
   * @param sink where to report
   * @return the architecture when the value is valid
   */
  public static Optional<GoArch> checkGoarch(String value, String pointer, IssueSink sink) {
    Optional<GoArch> arch = GoArch.fromGoName(value);
    if (arch.isEmpty()) {
      Optional<String[]> fix = suggestion("linux/" + value).map(s -> s.split("/"));
      if (fix.isPresent() && !fix.get()[1].equals(value)) {
        String[] parts = fix.get();
        String variant =
            parts.length > 2
                ? " and set "
                    + GoArch.fromGoName(parts[1]).flatMap(GoArch::variantVariable).orElse("")
                    + "="
                    + parts[2].replaceFirst("^v(?=[567]$)", "")
                : "";
        sink.flag(
            RuleId.GO_GOARCH_ALIAS,
            pointer,
            "GOARCH \""
                + value
                + "\" is not a name Go knows; use \""
                + parts[1]
                + "\""
                + variant
                + ".");
      } else {
        sink.flag(
            RuleId.GO_INVALID_TARGET,
            pointer,
            "GOARCH \""
                + value
                + "\" is not an"
                + " architecture Go 1.23 supports; use one of "
                + names(GoArch.values())
                + ".");
      }
    }
    return arch;
  }

  /**
   * Checks that Go can build for a pair.
   *
   * @param os the GOOS
   * @param arch the GOARCH
   * @param pointer where to report
   * @param sink where to report
   * @return true when the pair is supported
   */
  public static boolean checkPair(GoOs os, GoArch arch, String pointer, IssueSink sink) {
    if (supports(os, arch)) {
      return true;
    }
    List<GoArch> valid = new ArrayList<>();
    for (GoArch a : GoArch.values()) {
      if (supports(os, a)) {
        valid.add(a);
      }
    }
    sink.flag(
        RuleId.GO_INVALID_TARGET,
        pointer,
        "Go 1.23 cannot build for "
            + os.goName()
            + "/"
            + arch.goName()
            + " (it is not in go tool dist list); valid GOARCH values for "
            + os.goName()
            + " are "
            + names(valid.toArray())
            + ".");
    return false;
  }

  /**
   * Checks an architecture variant such as GOARM or GOAMD64.
   *
   * @param os the GOOS, or null when unknown
   * @param arch the GOARCH
   * @param value the variant value
   * @param pointer where it is
   * @param consequence what the tool does with a wrong value, for the message
   * @param sink where to report
   */
  public static void checkVariant(
      GoOs os, GoArch arch, String value, String pointer, String consequence, IssueSink sink) {
    Optional<GoOs> base = os != null ? Optional.of(os) : anyOsFor(arch);
    if (base.isEmpty() || !supports(base.get(), arch)) {
      return;
    }
    try {
      Target.of(base.get(), arch).withVariant(value);
    } catch (InvalidTargetException e) {
      String rule = e.getMessage();
      int colon = rule.indexOf("\": ");
      String why = colon < 0 ? rule : rule.substring(colon + 3);
      why = why.endsWith(".") ? why.substring(0, why.length() - 1) : why;
      sink.flag(
          RuleId.GO_INVALID_VARIANT,
          pointer,
          arch.variantVariable().orElse("variant")
              + " \""
              + value
              + "\" is not valid and "
              + consequence
              + "; "
              + why
              + ".");
    }
  }

  /**
   * What the go command does with a wrong variant value in its environment: Go 1.23 rejects most,
   * but reads a wrong GOARM or GOAMD64 as the default (its GOARM64 parse resets the error).
   */
  private static String envConsequence(GoArch arch) {
    return arch == GoArch.ARM || arch == GoArch.AMD64
        ? "Go 1.23 silently builds the default instead"
        : "go build rejects it";
  }

  static boolean supports(GoOs os, GoArch arch) {
    try {
      Target.of(os, arch);
      return true;
    } catch (InvalidTargetException e) {
      return false;
    }
  }

  private static Optional<GoOs> anyOsFor(GoArch arch) {
    for (GoOs os : GoOs.values()) {
      if (supports(os, arch)) {
        return Optional.of(os);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> suggestion(String platform) {
    try {
      Target.parse(platform);
      return Optional.empty();
    } catch (InvalidTargetException e) {
      return e.suggestion();
    }
  }

  private static String names(Object[] values) {
    return java.util.Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(", "));
  }
}
