package io.github.gocrossbuild.internal.cache;

import io.github.gocrossbuild.internal.GoQuotedFields;
import io.github.gocrossbuild.internal.plan.TargetPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a cgo build's key beyond the Go variables (which hold the {@code CGO_*} flags): the
 * C and C++ compilers' paths and version lines, the sysroot, and the SHA-256 of each C library file
 * the C compiler names ({@code libc.so.6 sha256}, ...; {@link LibcFiles}).
 */
final class CgoParts {
  private CgoParts() {}

  /** Identifies a compiler as CC holds it: its resolved path and first {@code --version} line. */
  interface Identify {
    /**
     * Identifies a compiler.
     *
     * @param compiler the compiler, as CC holds it
     * @return path and version line, or empty when it cannot be identified
     */
    Optional<Map.Entry<String, String>> compiler(String compiler);
  }

  /** Hashes the C library files a C compiler names. */
  interface FindLibc {
    /**
     * Hashes the C library files of the plan's C compiler.
     *
     * @param compiler the compiler, as CC holds it
     * @param flags the further words the build gives it ({@link #flags})
     * @return the digests, or why there are none
     */
    LibcFiles.Found libc(String compiler, List<String> flags);
  }

  /**
   * Returns the words a cgo build gives its C compiler besides the compiler itself: CC's further
   * words (where the library puts a {@code --sysroot}), then {@code CGO_LDFLAGS}'s.
   *
   * @param plan the plan, cgo on
   * @param cc the compiler, as CC holds it
   * @return the words
   * @throws IllegalArgumentException when CC or CGO_LDFLAGS has an unterminated quote
   */
  static List<String> flags(TargetPlan plan, String cc) {
    List<String> words = new ArrayList<>(GoQuotedFields.split(cc));
    if (!words.isEmpty()) {
      words.remove(0);
    }
    words.addAll(GoQuotedFields.split(plan.environment().get("CGO_LDFLAGS").orElse("")));
    return words;
  }

  /**
   * Returns the C compiler of a cgo plan.
   *
   * @param plan the plan, cgo on
   * @return the compiler as CC holds it, or empty when the go command picks one itself
   */
  static Optional<String> compiler(TargetPlan plan) {
    return plan.cgo().compiler().or(() -> plan.environment().get("CC")).filter(cc -> !cc.isBlank());
  }

  /**
   * Adds a cgo plan's compiler parts.
   *
   * @param plan the plan, cgo on
   * @param parts where the parts go
   * @param identify how the plan's host identifies a compiler
   * @param findLibc how the plan's host hashes the C library
   * @return why the compiler cannot be identified, or empty when the parts were added
   */
  static Optional<String> put(
      TargetPlan plan, Map<String, String> parts, Identify identify, FindLibc findLibc) {
    Optional<String> cc = compiler(plan);
    if (cc.isEmpty()) {
      return Optional.of("cgo is on and the go command picks the C compiler itself: set cc(...)");
    }
    Optional<String> missing = putCompiler("cc", cc.get(), identify, parts);
    if (missing.isPresent()) {
      return missing;
    }
    Optional<String> cxx = plan.cgo().cxx();
    if (cxx.isPresent()) {
      missing = putCompiler("cxx", cxx.get(), identify, parts);
      if (missing.isPresent()) {
        return missing;
      }
    }
    parts.put("sysroot", plan.spec().sysroot().map(Path::toString).orElse(""));
    List<String> flags;
    try {
      flags = flags(plan, cc.get());
    } catch (IllegalArgumentException e) {
      return Optional.of("cgo: " + e.getMessage());
    }
    LibcFiles.Found libc = findLibc.libc(cc.get(), flags);
    if (libc.problem().isPresent()) {
      return libc.problem();
    }
    libc.sha256().forEach((file, sha256) -> parts.put(file + " sha256", sha256));
    return Optional.empty();
  }

  private static Optional<String> putCompiler(
      String name, String compiler, Identify identify, Map<String, String> parts) {
    Optional<Map.Entry<String, String>> id = identify.compiler(compiler);
    if (id.isEmpty()) {
      return Optional.of(
          String.format("cgo with an unknown compiler: %s does not say its --version", compiler));
    }
    parts.put(name, id.get().getKey());
    parts.put(name + " version", id.get().getValue());
    return Optional.empty();
  }
}
