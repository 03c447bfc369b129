package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.GoVersion;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.EnvBinding;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ToolchainFacts;
import io.github.gocrossbuild.internal.Variants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Go's built-in default of every documented variable, as {@code cmd/go} derives it ({@code
 * cmd/go/internal/cfg}, {@code envcmd.MkEnv}): some are constants, some follow from other variables
 * (GOMODCACHE from GOPATH, GONOPROXY from GOPRIVATE, CGO_ENABLED from GOOS/GOARCH and the C
 * compiler), some from the process environment (GOPATH from HOME).
 */
public final class GoDefaults {
  private static final String ORIGIN = "Go's built-in default";

  private static final Map<String, String> CONSTANTS =
      Map.ofEntries(
          Map.entry("AR", "ar"),
          Map.entry("PKG_CONFIG", "pkg-config"),
          Map.entry("GCCGO", "gccgo"),
          Map.entry("CGO_CFLAGS", "-O2 -g"),
          Map.entry("CGO_CXXFLAGS", "-O2 -g"),
          Map.entry("CGO_FFLAGS", "-O2 -g"),
          Map.entry("CGO_LDFLAGS", "-O2 -g"));

  private static final GoVersion GO_1_24 = GoVersion.parse("go1.24");

  private GoDefaults() {}

  private static boolean atLeast124(GoVersion v) {
    return v.compareTo(GO_1_24) >= 0;
  }

  /**
   * Computes the defaults.
   *
   * @param facts the toolchain
   * @param process the process environment go starts with
   * @param resolved the value of a variable from the process and files (no defaults yet)
   * @param hasCommand whether a command is on the PATH of the process environment
   * @param cgoDefault the CGO_ENABLED default when the caller knows it better (a remote host)
   * @return one GO_DEFAULT binding per documented variable
   */
  public static List<EnvBinding> compute(
      ToolchainFacts facts,
      Map<String, String> process,
      Function<String, Optional<String>> resolved,
      CommandLookup hasCommand,
      Optional<EnvBinding> cgoDefault) {
    Target host = facts.hostTarget();
    GoOs os = host.goos();
    String goos = resolved.apply("GOOS").orElse(host.goos().goName());
    String goarch = resolved.apply("GOARCH").orElse(host.goarch().goName());
    List<EnvBinding> out = new ArrayList<>();
    Builder b = new Builder(out);
    String hostPair = host.goos().goName() + "/" + host.goarch().goName();
    b.add("GOOS", host.goos().goName(), ORIGIN + ": the host's GOHOSTOS (" + hostPair + ")");
    b.add("GOARCH", host.goarch().goName(), ORIGIN + ": the host's GOHOSTARCH (" + hostPair + ")");
    b.add("GOHOSTOS", host.goos().goName(), "go itself (the OS it was built for)");
    b.add("GOHOSTARCH", host.goarch().goName(), "go itself (the architecture it was built for)");
    b.add("GOEXE", goos.equals("windows") ? ".exe" : "", "go itself (from GOOS=" + goos + ")");
    facts.goVersion().ifPresent(v -> b.add("GOVERSION", v, "go itself"));
    for (String name : List.of("GOGCCFLAGS", "GOMOD", "GOTELEMETRY")) {
      b.add(
          name,
          facts.reported().getOrDefault(name, name.equals("GOTELEMETRY") ? "local" : ""),
          "go itself (as go env reported)");
    }
    String goroot = facts.goRoot().orElse("");
    b.add("GOROOT", goroot, ORIGIN + ": the toolchain's own location");
    b.add(
        "GOTOOLDIR",
        facts
            .reported()
            .getOrDefault(
                "GOTOOLDIR",
                goroot.isEmpty()
                    ? ""
                    : PathRules.join(
                        os,
                        goroot,
                        "pkg/tool/" + host.goos().goName() + "_" + host.goarch().goName())),
        "go itself (GOROOT/pkg/tool/GOHOSTOS_GOHOSTARCH)");
    CONSTANTS.forEach((k, v) -> b.add(k, v, ORIGIN));
    if (facts.goVersion().flatMap(GoVersion::tryParse).filter(GoDefaults::atLeast124).isPresent()) {
      // Variables Go 1.24 introduced; an older toolchain has none and they stay empty below.
      b.add("GOAUTH", "netrc", ORIGIN + " (Go 1.24 and later)");
      b.add("GOFIPS140", "off", ORIGIN + " (Go 1.24 and later)");
    }
    boolean clang = List.of("darwin", "ios", "freebsd", "openbsd").contains(goos);
    String cc = clang ? "clang" : "gcc";
    b.add("CC", cc, ORIGIN + " C compiler for GOOS=" + goos);
    b.add("CXX", clang ? "clang++" : "g++", ORIGIN + " C++ compiler for GOOS=" + goos);
    String gopath = defaultGopath(os, process, goroot);
    b.add("GOPATH", gopath, ORIGIN + ": $HOME/go");
    String effectiveGopath = resolved.apply("GOPATH").filter(s -> !s.isEmpty()).orElse(gopath);
    String first = effectiveGopath.split(os == GoOs.WINDOWS ? ";" : ":", -1)[0];
    b.add(
        "GOMODCACHE",
        first.isEmpty() ? "" : PathRules.join(os, first, "pkg/mod"),
        ORIGIN + ": the first GOPATH entry + /pkg/mod");
    b.add(
        "GOCACHE",
        PathRules.userCacheDir(os, process)
            .map(d -> PathRules.join(os, d, "go-build"))
            .orElse("off"),
        ORIGIN + ": the user cache dir + /go-build");
    Optional<String> config = PathRules.userConfigDir(os, process);
    b.add(
        "GOENV",
        config.map(d -> PathRules.join(os, d, "go/env")).orElse(""),
        ORIGIN + ": the user config dir + /go/env");
    b.add(
        "GOTELEMETRYDIR",
        config.map(d -> PathRules.join(os, d, "go/telemetry")).orElse(""),
        "go itself (the user config dir + /go/telemetry)");
    String goprivate = resolved.apply("GOPRIVATE").orElse("");
    b.add("GONOPROXY", goprivate, ORIGIN + ": the value of GOPRIVATE");
    b.add("GONOSUMDB", goprivate, ORIGIN + ": the value of GOPRIVATE");
    for (String v : GoVariables.VARIANTS) {
      // Upstream Go 1.23's default (GoArch) unless the toolchain says it was built with another.
      String upstream = Variants.firstArchOf(v).flatMap(GoArch::variantDefault).orElse("");
      String def = facts.variantDefaults().getOrDefault(v, upstream);
      b.add(v, def, ORIGIN + " of this toolchain");
    }
    if (cgoDefault.isPresent()) {
      b.add(cgoDefault.get());
    } else {
      cgo(b, host, goos, goarch, cc, process, hasCommand);
    }
    for (String name : GoVariables.DOCUMENTED) {
      b.add(name, "", ORIGIN + " (empty)");
    }
    return out;
  }

  private static void cgo(
      Builder b,
      Target host,
      String goos,
      String goarch,
      String cc,
      Map<String, String> process,
      CommandLookup hasCommand) {
    String pair = goos + "/" + goarch;
    if (!host.goos().goName().equals(goos) || !host.goarch().goName().equals(goarch)) {
      b.add(
          "CGO_ENABLED",
          "0",
          "Go's cgo rule: off when cross-compiling (" + host + " to " + pair + ")");
    } else if (!host.isCgoSupported()) {
      b.add("CGO_ENABLED", "0", "Go's cgo rule: Go has no cgo for " + pair);
    } else if (!process.getOrDefault("CC", "").isEmpty()) {
      b.add("CGO_ENABLED", "1", "Go's cgo rule: native build and CC is set");
    } else if (hasCommand.exists(cc, process)) {
      b.add("CGO_ENABLED", "1", "Go's cgo rule: native build and " + cc + " is on PATH");
    } else {
      b.add(
          "CGO_ENABLED",
          "0",
          "Go's cgo rule: native build but CC is unset and " + cc + " is not on PATH");
    }
  }

  private static String defaultGopath(GoOs os, Map<String, String> process, String goroot) {
    String homeVar = os == GoOs.WINDOWS ? "USERPROFILE" : os == GoOs.PLAN9 ? "home" : "HOME";
    String home = process.getOrDefault(homeVar, "");
    if (home.isEmpty()) {
      return "";
    }
    String def = PathRules.join(os, home, "go");
    // Go refuses to default GOPATH to GOROOT: that would make go warn on every command.
    return PathRules.clean(os, def).equals(PathRules.clean(os, goroot)) ? "" : def;
  }

  /** Adds each variable's first default only, so the specific rule beats the empty fallback. */
  private static final class Builder {
    private final List<EnvBinding> out;
    private final java.util.Set<String> seen = new java.util.HashSet<>();

    Builder(List<EnvBinding> out) {
      this.out = out;
    }

    void add(String name, String value, String origin) {
      add(EnvBinding.of(name, value, EnvLayer.GO_DEFAULT, origin));
    }

    void add(EnvBinding binding) {
      if (seen.add(binding.name())) {
        out.add(binding);
      }
    }
  }

  /** Tells whether a command is on the PATH of an environment. */
  @FunctionalInterface
  public interface CommandLookup {
    /**
     * Looks a command up.
     *
     * @param command e.g. {@code gcc}
     * @param env the environment whose PATH to search
     * @return true when found
     */
    boolean exists(String command, Map<String, String> env);
  }
}
