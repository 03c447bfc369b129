package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.internal.Variants;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The variables Go 1.21 to 1.24 document in {@code go help environment} (plus what {@code go env}
 * reports): their union, so every toolchain's variables are known (Go 1.24 added GOAUTH,
 * GOCACHEPROG and GOFIPS140; Go 1.23 dropped GOROOT_FINAL), and the few lookup rules where {@code
 * cmd/go} departs from "non-empty process value, else go env file, else default".
 */
public final class GoVariables {

  /**
   * The architecture variant variables, as {@link io.github.gocrossbuild.GoArch} lists them; {@code
   * go env} shows only the one of GOARCH.
   */
  public static final List<String> VARIANTS = Variants.variables();

  /** Computed by {@code go} itself, in {@code go env}'s order; no environment or file sets them. */
  private static final List<String> COMPUTED =
      List.of(
          "GOEXE",
          "GOGCCFLAGS",
          "GOHOSTARCH",
          "GOHOSTOS",
          "GOMOD",
          "GOTOOLDIR",
          "GOVERSION",
          "GOTELEMETRY",
          "GOTELEMETRYDIR");

  /**
   * Every variable of {@code go help environment}, in its order (the variant variables in {@code
   * GoArch}'s), then {@code go env} extras.
   */
  public static final List<String> DOCUMENTED =
      concat(
          List.of(
              "GO111MODULE",
              "GCCGO",
              "GOARCH",
              "GOAUTH",
              "GOBIN",
              "GOCACHE",
              "GOCACHEPROG",
              "GOMODCACHE",
              "GODEBUG",
              "GOENV",
              "GOFLAGS",
              "GOINSECURE",
              "GOOS",
              "GOPATH",
              "GOPROXY",
              "GOPRIVATE",
              "GONOPROXY",
              "GONOSUMDB",
              "GOROOT",
              "GOSUMDB",
              "GOTOOLCHAIN",
              "GOTMPDIR",
              "GOVCS",
              "GOWORK",
              "AR",
              "CC",
              "CGO_ENABLED",
              "CGO_CFLAGS",
              "CGO_CFLAGS_ALLOW",
              "CGO_CFLAGS_DISALLOW",
              "CGO_CPPFLAGS",
              "CGO_CPPFLAGS_ALLOW",
              "CGO_CPPFLAGS_DISALLOW",
              "CGO_CXXFLAGS",
              "CGO_CXXFLAGS_ALLOW",
              "CGO_CXXFLAGS_DISALLOW",
              "CGO_FFLAGS",
              "CGO_FFLAGS_ALLOW",
              "CGO_FFLAGS_DISALLOW",
              "CGO_LDFLAGS",
              "CGO_LDFLAGS_ALLOW",
              "CGO_LDFLAGS_DISALLOW",
              "CXX",
              "FC",
              "PKG_CONFIG"),
          VARIANTS,
          List.of(
              "GOCOVERDIR",
              "GCCGOTOOLDIR",
              "GOEXPERIMENT",
              "GOFIPS140",
              "GO_EXTLINK_ENABLED",
              "GIT_ALLOW_PROTOCOL",
              "GOROOT_FINAL"),
          COMPUTED);

  /** Read with {@code os.Getenv} only: go env files cannot set them. */
  private static final Set<String> PROCESS_ONLY = Set.of("GOENV", "GODEBUG");

  private GoVariables() {}

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    List<String> all = new ArrayList<>();
    for (List<String> part : parts) {
      all.addAll(part);
    }
    return List.copyOf(all);
  }

  /**
   * Tells whether Go computes a variable and ignores every setting of it.
   *
   * @param name the variable
   * @return true for GOEXE, GOHOSTOS, GOVERSION, ...
   */
  public static boolean isComputed(String name) {
    return COMPUTED.contains(name);
  }

  /**
   * Tells whether only the process environment can set a variable.
   *
   * @param name the variable
   * @return true for GOENV and GODEBUG
   */
  public static boolean isProcessOnly(String name) {
    return PROCESS_ONLY.contains(name);
  }

  /**
   * Returns the value Go actually uses when it differs from the one looked up: {@code GOENV=off} is
   * reported empty, and a relative GOCACHE turns the cache {@code off}.
   *
   * @param name the variable
   * @param value the value looked up
   * @return the value Go uses, or empty when it is the looked-up one
   */
  public static Optional<String> effectiveValue(String name, String value) {
    if (name.equals("GOENV") && value.equals("off")) {
      return Optional.of("");
    }
    boolean absolute =
        value.startsWith("/") || value.startsWith("\\") || value.matches("[A-Za-z]:[\\\\/].*");
    if (name.equals("GOCACHE") && !value.equals("off") && !absolute) {
      return Optional.of("off");
    }
    return Optional.empty();
  }

  /**
   * Returns why Go ignores a value it looked up, if it does.
   *
   * @param name the variable
   * @param value the value {@code cfg.Getenv} returned
   * @return the reason, or empty when the value applies
   */
  public static Optional<String> ignoredBecause(String name, String value) {
    if (name.equals("CGO_ENABLED") && !value.equals("0") && !value.equals("1")) {
      return Optional.of("Go only honours CGO_ENABLED=0 or 1 and ignores \"" + value + "\"");
    }
    return Optional.empty();
  }
}
