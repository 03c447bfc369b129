package io.github.gocrossbuild.internal.cache;

import io.github.gocrossbuild.internal.cache.CacheKey.Keyed;
import io.github.gocrossbuild.internal.cache.CacheKey.Keying;
import io.github.gocrossbuild.internal.cache.CacheKey.NotKeyed;
import io.github.gocrossbuild.internal.env.GoVariables;
import io.github.gocrossbuild.internal.jsonc.JsonText;
import io.github.gocrossbuild.internal.plan.TargetPlan;
import io.github.gocrossbuild.internal.provenance.SourceTree;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collects the named parts of a plan's cache key, in a fixed order: the target, the source tree,
 * the {@code go build} arguments, the Go variables, the toolchain and, with cgo, the C compiler.
 */
final class KeyParts {
  /**
   * Go variables that do not change the bytes: caches, download and checksum settings (go.sum, part
   * of the source tree, decides what a module holds), telemetry, and values Go computes from the
   * toolchain, which is hashed itself. GOGCCFLAGS names a fresh temporary directory each time
   * {@code go env} runs; the C flags that matter are CC and the CGO_* variables.
   */
  private static final Set<String> NOT_IN_BYTES =
      Set.of(
          "GOCACHE",
          "GOCACHEPROG",
          "GOMODCACHE",
          "GOENV",
          "GOBIN",
          "GOTMPDIR",
          "GOPROXY",
          "GOAUTH",
          "GOSUMDB",
          "GONOSUMDB",
          "GOPRIVATE",
          "GONOPROXY",
          "GOINSECURE",
          "GOVCS",
          "GIT_ALLOW_PROTOCOL",
          "GOCOVERDIR",
          "GOTELEMETRY",
          "GOTELEMETRYDIR",
          "GOTOOLDIR",
          "GOVERSION",
          "GOMOD",
          "GOEXE",
          "GOGCCFLAGS");

  /** Paths that only reach the binary without {@code -trimpath}. */
  private static final Set<String> PATHS = Set.of("GOPATH", "GOROOT");

  private KeyParts() {}

  /**
   * Collects a plan's parts into a key.
   *
   * @param plan the plan
   * @param onThisMachine whether the plan's toolchain is on this machine (else the host identifies
   *     it, and the host is not part of the key: its programs are)
   * @return the key, or why there is none
   */
  static Keying collect(TargetPlan plan, boolean onThisMachine) {
    boolean trimpath =
        plan.flags().contains("-trimpath")
            || plan.environment().get("GOFLAGS").orElse("").contains("-trimpath");
    if (!onThisMachine && !trimpath) {
      return new NotKeyed(
          String.format(
              "without -trimpath the binary holds the module's directory on %s",
              plan.host().name()));
    }
    Optional<String> uncertain = Uncertainties.of(plan);
    if (uncertain.isPresent()) {
      return new NotKeyed(uncertain.get());
    }
    PlanTools.Identified tools = PlanTools.identify(plan, onThisMachine);
    if (tools.missing().isPresent()) {
      return new NotKeyed(tools.missing().get());
    }
    Path module = plan.moduleDir().toAbsolutePath().normalize();
    Path outputDir = plan.artifact().toAbsolutePath().normalize().getParent();
    Optional<String> risk = TreeRisks.of(module, outputDir);
    if (risk.isPresent()) {
      return new NotKeyed(risk.get());
    }
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("target", plan.target().toString());
    SourceTree tree = SourceTree.of(plan.moduleDir(), Optional.of(plan.artifact().getParent()));
    parts.put("source tree", String.format("%s (%d files)", tree.dirHash(), tree.files()));
    parts.put(
        "not covered",
        "go.work and replace directories outside the module: a build that uses either is never"
            + " cached");
    List<String> args = new java.util.ArrayList<>(plan.flags());
    args.add(plan.spec().pkg());
    parts.put("go build", args.stream().map(JsonText::quote).collect(Collectors.joining(" ")));
    if (!trimpath) {
      parts.put("module dir", plan.moduleDir().toAbsolutePath().normalize().toString());
    }
    plan.environment()
        .asMap()
        .forEach(
            (name, value) -> {
              boolean go = GoVariables.DOCUMENTED.contains(name) || name.startsWith("CGO_");
              if (go && !NOT_IN_BYTES.contains(name) && !(trimpath && PATHS.contains(name))) {
                parts.put("env " + name, value);
              }
            });
    parts.putAll(tools.parts());
    return new Keyed(CacheKey.of(parts));
  }
}
