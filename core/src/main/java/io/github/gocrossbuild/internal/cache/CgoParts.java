package io.github.gocrossbuild.internal.cache;

import io.github.gocrossbuild.internal.plan.TargetPlan;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a cgo build's key beyond the Go variables (which hold the {@code CGO_*} flags): the
 * C and C++ compilers' paths and version lines, and the sysroot.
 */
final class CgoParts {
  private CgoParts() {}

  /**
   * Adds a cgo plan's compiler parts.
   *
   * @param plan the plan, cgo on
   * @param parts where the parts go
   * @return why the compiler cannot be identified, or empty when the parts were added
   */
  static Optional<String> put(TargetPlan plan, Map<String, String> parts) {
    Map<String, String> env = plan.environment().processEnvironment();
    Optional<String> cc = plan.cgo().compiler().or(() -> plan.environment().get("CC"));
    if (cc.isEmpty() || cc.get().isBlank()) {
      return Optional.of("cgo is on and the go command picks the C compiler itself: set cc(...)");
    }
    Optional<String> missing = putCompiler("cc", cc.get(), env, parts);
    if (missing.isPresent()) {
      return missing;
    }
    Optional<String> cxx = plan.cgo().cxx();
    if (cxx.isPresent()) {
      missing = putCompiler("cxx", cxx.get(), env, parts);
      if (missing.isPresent()) {
        return missing;
      }
    }
    parts.put("sysroot", plan.spec().sysroot().map(Path::toString).orElse(""));
    return Optional.empty();
  }

  private static Optional<String> putCompiler(
      String name, String compiler, Map<String, String> env, Map<String, String> parts) {
    Optional<Path> file = ToolIdentity.resolve(compiler, env);
    Optional<String> version = file.flatMap(f -> ToolIdentity.ccVersion(f, env));
    if (version.isEmpty()) {
      return Optional.of(
          String.format("cgo with an unknown compiler: %s does not say its --version", compiler));
    }
    parts.put(name, file.get().toString());
    parts.put(name + " version", version.get());
    return Optional.empty();
  }
}
