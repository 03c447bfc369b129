package io.github.gocrossbuild.internal.cache;

import io.github.gocrossbuild.internal.plan.TargetPlan;
import io.github.gocrossbuild.spi.HostToolIdentity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Identifies the programs that make a plan's bytes, as key parts: the toolchain's {@code go
 * version} and the SHA-256 of its compiler and linker, and with cgo the C compiler and its C
 * library. A local toolchain's files are hashed here; a remote host identifies its own ({@code
 * BuildHost.toolIdentity}). Both give the parts the same names, so a local build and a remote one
 * share a key exactly when their programs (and every other part) are the same.
 */
final class PlanTools {
  private PlanTools() {}

  /**
   * The parts, or why there are none.
   *
   * @param parts the named parts, in key order
   * @param missing why the programs cannot be identified
   */
  record Identified(Map<String, String> parts, Optional<String> missing) {
    static Identified missing(String reason) {
      return new Identified(Map.of(), Optional.of(reason));
    }
  }

  /**
   * Identifies a plan's programs.
   *
   * @param plan the plan
   * @param onThisMachine whether the toolchain's files are readable here
   * @return the parts, or why there are none
   */
  static Identified identify(TargetPlan plan, boolean onThisMachine) {
    return onThisMachine ? local(plan) : remote(plan);
  }

  private static Identified local(TargetPlan plan) {
    Optional<Map<String, String>> tools = ToolIdentity.goTools(plan.toolchain());
    if (tools.isEmpty()) {
      return Identified.missing(
          String.format(
              "the compile and link programs of %s are not in its GOTOOLDIR",
              plan.toolchain().goCommand()));
    }
    Map<String, String> parts = new LinkedHashMap<>();
    putGo(
        parts,
        plan.toolchain().versionOutput(),
        tools.get().get("compile"),
        tools.get().get("link"));
    Map<String, String> env = plan.environment().processEnvironment();
    return withCgo(
        plan,
        parts,
        cc ->
            ToolIdentity.resolve(cc, env)
                .flatMap(f -> ToolIdentity.ccVersion(f, env).map(v -> Map.entry(f.toString(), v))),
        (cc, flags) ->
            ToolIdentity.resolve(cc, env)
                .map(f -> LibcFiles.hash(f, flags, env))
                .orElseGet(() -> LibcFiles.Found.problem(LibcFiles.noLibc(cc))));
  }

  private static Identified remote(TargetPlan plan) {
    Optional<String> cc = plan.cgo().enabled() ? CgoParts.compiler(plan) : Optional.empty();
    if (plan.cgo().enabled() && plan.cgo().cxx().isPresent()) {
      return Identified.missing(
          String.format(
              "cgo with a C++ compiler on %s: only the C compiler is identified there",
              plan.host().name()));
    }
    String path = plan.environment().processEnvironment().getOrDefault("PATH", "");
    List<String> ccFlags;
    try {
      ccFlags = cc.map(c -> CgoParts.flags(plan, c)).orElse(List.of());
    } catch (IllegalArgumentException e) {
      return Identified.missing("cgo: " + e.getMessage());
    }
    Optional<HostToolIdentity> id = plan.host().toolIdentity(plan.toolchain(), cc, ccFlags, path);
    if (id.isEmpty()) {
      return Identified.missing(
          String.format(
              "%s cannot identify its toolchain %s (the SHA-256 of compile and link)",
              plan.host().name(), plan.toolchain().goCommand()));
    }
    Map<String, String> parts = new LinkedHashMap<>();
    HostToolIdentity t = id.get();
    putGo(parts, t.goVersion(), t.compileSha256(), t.linkSha256());
    return withCgo(
        plan,
        parts,
        given ->
            given.equals(cc.orElse(null)) && t.ccVersion().isPresent()
                ? Optional.of(Map.entry(t.ccPath().orElseThrow(), t.ccVersion().get()))
                : Optional.empty(),
        (given, flags) ->
            t.libcSha256().isEmpty()
                ? LibcFiles.Found.problem(
                    String.format(
                        "cgo: %s on %s names none of the C library files %s for"
                            + " -print-file-name, or they cannot be hashed there",
                        given, plan.host().name(), String.join(", ", HostToolIdentity.LIBC_FILES)))
                : new LibcFiles.Found(t.libcSha256(), Optional.empty()));
  }

  private static void putGo(
      Map<String, String> parts, String version, String compile, String link) {
    parts.put("go version", version.strip());
    parts.put("go compile sha256", compile);
    parts.put("go link sha256", link);
  }

  private static Identified withCgo(
      TargetPlan plan,
      Map<String, String> parts,
      CgoParts.Identify identify,
      CgoParts.FindLibc findLibc) {
    if (plan.cgo().enabled()) {
      Optional<String> missing = CgoParts.put(plan, parts, identify, findLibc);
      if (missing.isPresent()) {
        return Identified.missing(missing.get());
      }
    }
    return new Identified(parts, Optional.empty());
  }
}
