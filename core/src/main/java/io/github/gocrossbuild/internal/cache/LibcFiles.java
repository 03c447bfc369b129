package io.github.gocrossbuild.internal.cache;

import io.github.gocrossbuild.internal.BoundedCache;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import io.github.gocrossbuild.internal.provenance.FileHashes;
import io.github.gocrossbuild.spi.HostToolIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The C library a local cgo build links with, as key parts: each of {@link
 * HostToolIdentity#LIBC_FILES} the C compiler names for {@code -print-file-name} (asked with the
 * flags the build gives it, so a {@code --sysroot} counts), with its SHA-256. The names are asked
 * once per compiler file (path, size, time) and flags; the hashes are remembered by {@link
 * FileHashes} per file, size and time, so a warm key reads no file and starts no process.
 */
final class LibcFiles {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** Key: the compiler file as seen and its flags; value: each file name it resolved, to a path. */
  private static final BoundedCache<String, Map<String, String>> RESOLVED =
      BoundedCache.create("LibcFiles.resolved", 64);

  private LibcFiles() {}

  /**
   * The C library files' digests, or why there are none.
   *
   * @param sha256 each file name mapped to its SHA-256, in {@link HostToolIdentity#LIBC_FILES}
   *     order
   * @param problem why the C library cannot be covered
   */
  record Found(Map<String, String> sha256, Optional<String> problem) {
    static Found problem(String problem) {
      return new Found(Map.of(), Optional.of(problem));
    }
  }

  /**
   * Hashes the C library files a compiler names.
   *
   * @param cc the resolved compiler
   * @param flags the further words the build gives it
   * @param environment the process environment of the build
   * @return the digests, or why there are none
   */
  static Found hash(Path cc, List<String> flags, Map<String, String> environment) {
    Optional<String> seen = ToolIdentity.seen(cc);
    if (seen.isEmpty()) {
      return Found.problem(String.format("cgo: cannot read the C compiler %s", cc));
    }
    Map<String, String> paths =
        RESOLVED.get(
            seen.get() + "\0" + String.join("\0", flags), k -> resolve(cc, flags, environment));
    if (paths.isEmpty()) {
      return Found.problem(noLibc(cc.toString()));
    }
    Map<String, String> sha256 = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : paths.entrySet()) {
      try {
        sha256.put(e.getKey(), FileHashes.sha256(Path.of(e.getValue())));
      } catch (IOException x) {
        return Found.problem(
            String.format(
                "cgo: cannot hash %s, which %s names as its %s (%s)",
                e.getValue(), cc, e.getKey(), x));
      }
    }
    return new Found(sha256, Optional.empty());
  }

  /**
   * Says that a compiler names no C library file.
   *
   * @param cc the compiler
   * @return the reason a cgo build with it is not cached
   */
  static String noLibc(String cc) {
    return String.format(
        "cgo: %s names none of the C library files %s for -print-file-name, so the key cannot"
            + " cover the C library",
        cc, String.join(", ", HostToolIdentity.LIBC_FILES));
  }

  private static Map<String, String> resolve(
      Path cc, List<String> flags, Map<String, String> environment) {
    Map<String, String> paths = new LinkedHashMap<>();
    for (String name : HostToolIdentity.LIBC_FILES) {
      List<String> argv = new ArrayList<>();
      argv.add(cc.toString());
      argv.addAll(flags);
      argv.add("-print-file-name=" + name);
      ProcessRunner.Result r =
          ProcessRunner.run(argv, cc.getParent(), environment, Optional.of(TIMEOUT), s -> {});
      String printed = r.output().strip().lines().findFirst().orElse("");
      // A file the compiler does not find comes back as the bare name.
      if (r.exitCode() == 0
          && !printed.equals(name)
          && Path.of(printed).isAbsolute()
          && Files.isRegularFile(Path.of(printed))) {
        paths.put(name, printed);
      }
    }
    return Collections.unmodifiableMap(paths);
  }
}
