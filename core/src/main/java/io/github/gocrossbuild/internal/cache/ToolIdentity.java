package io.github.gocrossbuild.internal.cache;

import io.github.gocrossbuild.internal.BoundedCache;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import io.github.gocrossbuild.internal.provenance.FileHashes;
import io.github.gocrossbuild.spi.Toolchain;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Identifies the programs that make the bytes: the Go toolchain by its {@code go version} and the
 * SHA-256 of its {@code compile} and {@code link} (remembered by {@link FileHashes}), a C compiler
 * by its resolved path and the first line of {@code --version} (remembered per path, size and
 * modification time). Bounded: the least recently used compilers are forgotten first.
 */
final class ToolIdentity {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** Key: the compiler file as seen (path, size, time); value: its version line. */
  private static final BoundedCache<String, String> CC_VERSIONS =
      BoundedCache.create("ToolIdentity.ccVersions", 64);

  private ToolIdentity() {}

  /**
   * Hashes a local toolchain's compiler and linker.
   *
   * @param toolchain the toolchain
   * @return {@code compile} and {@code link} mapped to their SHA-256, or empty when the files are
   *     not where {@code go env GOTOOLDIR} says
   */
  static Optional<Map<String, String>> goTools(Toolchain toolchain) {
    String toolDir = toolchain.goEnv().getOrDefault("GOTOOLDIR", "");
    if (toolDir.isEmpty()) {
      return Optional.empty();
    }
    String exe = toolchain.goEnv().getOrDefault("GOHOSTOS", "").equals("windows") ? ".exe" : "";
    Path compile = Path.of(toolDir, "compile" + exe);
    Path link = Path.of(toolDir, "link" + exe);
    if (!Files.isRegularFile(compile) || !Files.isRegularFile(link)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          Map.of("compile", FileHashes.sha256(compile), "link", FileHashes.sha256(link)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot hash the Go toolchain in " + toolDir, e);
    }
  }

  /**
   * Finds a C compiler the way the go command runs it: a path as given, a bare name in {@code
   * PATH}.
   *
   * @param cc the compiler, as CC holds it
   * @param environment the process environment of the build
   * @return the file, or empty when it cannot be found
   */
  static Optional<Path> resolve(String cc, Map<String, String> environment) {
    String first = cc.trim().split("\\s+")[0];
    if (first.isEmpty()) {
      return Optional.empty();
    }
    if (first.contains("/") || first.contains(File.separator)) {
      Path p = Path.of(first);
      return Files.isRegularFile(p) ? Optional.of(p.toAbsolutePath()) : Optional.empty();
    }
    String path = environment.getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, first))) {
        return Optional.of(Path.of(dir, first).toAbsolutePath());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the first line a C compiler prints for {@code --version}, run once per compiler file.
   *
   * @param cc the resolved compiler
   * @param environment the process environment of the build
   * @return the line, or empty when the compiler fails to say
   */
  static Optional<String> ccVersion(Path cc, Map<String, String> environment) {
    Optional<String> key = seen(cc);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String line =
        CC_VERSIONS.get(
            key.get(),
            k -> {
              ProcessRunner.Result r =
                  ProcessRunner.run(
                      java.util.List.of(cc.toString(), "--version"),
                      cc.getParent(),
                      environment,
                      Optional.of(TIMEOUT),
                      s -> {});
              String first = r.output().strip().lines().findFirst().orElse("");
              return r.exitCode() == 0 ? first : "";
            });
    return line.isEmpty() ? Optional.empty() : Optional.of(line);
  }

  /**
   * Names a program file as it is now: its real path, size and modification time.
   *
   * @param program the file
   * @return the text, or empty when the file cannot be read
   */
  static Optional<String> seen(Path program) {
    try {
      Path real = program.toRealPath();
      BasicFileAttributes a = Files.readAttributes(real, BasicFileAttributes.class);
      return Optional.of(String.format("%s %d %s", real, a.size(), a.lastModifiedTime()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
