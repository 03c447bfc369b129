package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.EnvExplanation;
import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvFinding.Severity;
import io.github.gocrossbuild.env.EnvFindingId;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.env.ToolchainFacts;
import io.github.gocrossbuild.internal.ArchTriples;
import io.github.gocrossbuild.internal.BoundedCache;
import io.github.gocrossbuild.internal.GoQuotedFields;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two cgo traps of cross builds: cgo silently off (and which files that drops, as {@code go
 * list} tells), and cgo on without a C compiler for the target.
 */
final class CgoChecks {
  private static final Duration LIST_TIMEOUT = Duration.ofSeconds(60);
  private static final String FORMAT =
      "{{if .CgoFiles}}{{.ImportPath}}: {{join .CgoFiles \" \"}}{{end}}";

  /**
   * The packages with cgo files, keyed on {@link ListKey}: the go command, the module, the package
   * pattern, the target, and the {@link ModuleSources#fingerprint} of the module's Go files, so
   * adding {@code import "C"} to a file is a new key. Dependencies outside the module are pinned by
   * go.mod and go.sum, which the fingerprint covers.
   */
  private static final BoundedCache<ListKey, Optional<List<String>>> CGO_PACKAGES =
      BoundedCache.create("CgoChecks.cgoPackages", 32);

  /** What {@code go list}'s answer about cgo files depends on. */
  private record ListKey(String go, Path moduleDir, String pkg, String target, String sources) {}

  private CgoChecks() {}

  /**
   * Why {@code go list} gave no answer: no toolchain at all, or a workspace on another machine (its
   * toolchain is known by version, but its go command is not run from here).
   */
  private static String notListed(ToolchainFacts facts) {
    return facts.goCommand().isEmpty() && facts.goVersion().isPresent()
        ? "`go list` is not run on the machine where the workspace lives"
        : "no toolchain to run `go list`";
  }

  static EnvFinding offCross(
      ResolvedEnv env, ToolchainFacts facts, Path moduleDir, String pkg, String who, String fix) {
    String target = env.get("GOOS").orElse("?") + "/" + env.get("GOARCH").orElse("?");
    Optional<List<String>> dropped = cgoFiles(env, facts, moduleDir, pkg);
    if (dropped.isEmpty()) {
      return offCross(
          Severity.INFO,
          who,
          target,
          facts,
          "packages with cgo files fall back to pure Go or fail to build (%s). To decide: %s.",
          notListed(facts),
          fix);
    }
    if (dropped.get().isEmpty()) {
      return offCross(
          Severity.INFO,
          who,
          target,
          facts,
          "`go list` finds no package with cgo files in %s, so nothing is dropped. To say so: %s.",
          pkg,
          fix);
    }
    return offCross(
        Severity.WARNING,
        who,
        target,
        facts,
        "these cgo files are dropped (pure-Go fallbacks are used where they exist): %s. To decide:"
            + " %s.",
        String.join("; ", dropped.get()),
        fix);
  }

  /** The {@code env.cgo-off-cross} finding: why cgo is off, then what it means here. */
  private static EnvFinding offCross(
      Severity severity,
      String who,
      String target,
      ToolchainFacts facts,
      String consequence,
      Object... args) {
    String message =
        String.format(
            "cgo is off for %s (%s) because Go turns it off when cross-compiling from %s and"
                + " nothing sets CGO_ENABLED; %s",
            who, target, facts.hostTarget(), String.format(consequence, args));
    return EnvFinding.of(EnvFindingId.CGO_OFF_CROSS, severity, message, "CGO_ENABLED");
  }

  /** Asks go list which packages of the graph have cgo files when cgo is on for the target. */
  private static Optional<List<String>> cgoFiles(
      ResolvedEnv env, ToolchainFacts facts, Path moduleDir, String pkg) {
    if (facts.goCommand().isEmpty()
        || !Files.isRegularFile(Path.of(facts.goCommand().get()))
        || !Files.isRegularFile(moduleDir.resolve("go.mod"))) {
      return Optional.empty();
    }
    ListKey key =
        new ListKey(
            facts.goCommand().get(),
            moduleDir.toAbsolutePath().normalize(),
            pkg,
            env.get("GOOS").orElse("") + "/" + env.get("GOARCH").orElse(""),
            ModuleSources.fingerprint(moduleDir));
    return CGO_PACKAGES.get(
        key,
        k -> {
          Map<String, String> listEnv = new HashMap<>(env.processEnvironment());
          listEnv.put("CGO_ENABLED", "1");
          // go list must not download a toolchain just to answer.
          listEnv.put("GOTOOLCHAIN", "local");
          listEnv.put("GOFLAGS", "-mod=mod");
          try {
            ProcessRunner.Result r =
                ProcessRunner.run(
                    List.of(facts.goCommand().get(), "list", "-e", "-deps", "-f", FORMAT, pkg),
                    moduleDir,
                    listEnv,
                    Optional.of(LIST_TIMEOUT),
                    line -> {});
            if (r.exitCode() != 0 || r.timedOut()) {
              return Optional.empty();
            }
            List<String> out = new ArrayList<>();
            for (String line : r.output().split("\n")) {
              if (!line.isBlank() && line.contains(": ")) {
                out.add(line.strip());
              }
            }
            return Optional.of(List.copyOf(out));
          } catch (UncheckedIOException | io.github.gocrossbuild.GoCrossBuildException e) {
            return Optional.empty();
          }
        });
  }

  static Optional<EnvFinding> crossWithoutCc(
      ResolvedEnv env, ToolchainFacts facts, GoDefaults.CommandLookup lookup, String who) {
    String goos = env.get("GOOS").orElse("");
    String goarch = env.get("GOARCH").orElse("");
    boolean cross =
        !facts.hostTarget().goos().goName().equals(goos)
            || !facts.hostTarget().goarch().goName().equals(goarch);
    if (!cross || !"1".equals(env.get("CGO_ENABLED").orElse(""))) {
      return Optional.empty();
    }
    String target = goos + "/" + goarch;
    EnvExplanation cc = env.explain("CC");
    String compiler = cc.value().orElse("gcc");
    String cgoFrom = EnvChecks.origin(env.explain("CGO_ENABLED"));
    String stdNote =
        goos.equals("windows") || goos.equals("darwin") || goos.equals("ios")
            ? String.format(
                " (the standard library has no cgo code for %s, so only your own cgo packages need"
                    + " it)",
                goos)
            : "";
    if (cc.layer().orElse(EnvLayer.GO_DEFAULT) == EnvLayer.GO_DEFAULT) {
      return Optional.of(
          crossWithoutCc(
              cgoFrom,
              target,
              who,
              "CC is not set: go will run the host's %s, which cannot compile for %s%s. Set CC (and"
                  + " CXX) to a cross compiler such as %s, or set CGO_ENABLED=0.",
              compiler,
              target,
              stdNote,
              crossCompilerHint(goos, goarch)));
    }
    if (!lookup.exists(commandName(compiler), env.processEnvironment())) {
      return Optional.of(
          crossWithoutCc(
              cgoFrom,
              target,
              who,
              "CC=%s (from %s) is not on PATH%s. Install it or fix CC, or set CGO_ENABLED=0.",
              compiler,
              EnvChecks.origin(cc),
              stdNote));
    }
    return Optional.empty();
  }

  /**
   * The {@code env.cgo-cross-no-cc} finding: cgo is on for a cross target, but the C compiler is
   * not.
   */
  private static EnvFinding crossWithoutCc(
      String cgoFrom, String target, String who, String problem, Object... args) {
    String message =
        String.format(
            "CGO_ENABLED=1 (from %s) for the cross target %s of %s, but %s",
            cgoFrom, target, who, String.format(problem, args));
    return EnvFinding.of(EnvFindingId.CGO_CROSS_NO_CC, Severity.ERROR, message, "CC");
  }

  /** The command of a CC value, split as go splits it; the whole value when its quotes are open. */
  private static String commandName(String cc) {
    try {
      List<String> words = GoQuotedFields.split(cc);
      return words.isEmpty() ? cc : words.get(0);
    } catch (IllegalArgumentException e) {
      return cc;
    }
  }

  private static String crossCompilerHint(String goos, String goarch) {
    Optional<Target> target =
        GoOs.fromGoName(goos)
            .filter(os -> os == GoOs.LINUX)
            .flatMap(os -> GoArch.fromGoName(goarch).filter(a -> a != GoArch.WASM))
            .map(a -> Target.of(GoOs.LINUX, a));
    Optional<String> gnu = target.flatMap(ArchTriples::gnuTriple);
    if (gnu.isPresent()) {
      return gnu.get()
          + "-gcc or `zig cc -target "
          + target.flatMap(ArchTriples::zigTriple).orElseThrow()
          + "`";
    }
    return "`zig cc` with a -target for " + goos + "/" + goarch;
  }
}
