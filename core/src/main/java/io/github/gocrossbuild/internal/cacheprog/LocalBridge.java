package io.github.gocrossbuild.internal.cacheprog;

import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import io.github.gocrossbuild.spi.GoCacheProgram;
import io.github.gocrossbuild.spi.Toolchain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds the bridge on this machine with the build's own toolchain, once per source, Go version and
 * platform: {@code <directory>/<source hash>-<go version>-<os>_<arch>/gocrossbuild-cacheprog},
 * written under a temporary name and renamed, so concurrent builds share one binary.
 */
public final class LocalBridge {
  private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);

  private LocalBridge() {}

  /** Thrown when the bridge cannot be built; the build then uses the host's own GOCACHE. */
  public static final class NotBuiltException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed
     */
    public NotBuiltException(String message) {
      super(message);
    }
  }

  /**
   * Returns the bridge, building it first when it is not there.
   *
   * @param program the cache program (its source)
   * @param toolchain the toolchain the build runs
   * @param environment the build's process environment
   * @param directory where bridges are kept
   * @return the program's path
   * @throws NotBuiltException when go cannot build it
   */
  public static Path program(
      GoCacheProgram program, Toolchain toolchain, Map<String, String> environment, Path directory)
      throws NotBuiltException {
    Target host =
        toolchain
            .hostTarget()
            .orElseThrow(
                () ->
                    new NotBuiltException(
                        toolchain.goCommand() + " reports no known GOHOSTOS/GOHOSTARCH"));
    Path dir =
        directory.resolve(
            String.format(
                "%s-%s-%s_%s",
                program.sourceHash().substring(0, 16),
                toolchain.goVersion(),
                host.goos().goName(),
                host.goarch().goName()));
    Path binary = dir.resolve("gocrossbuild-cacheprog" + host.executableSuffix());
    if (Files.isExecutable(binary)) {
      return binary;
    }
    try {
      // Concurrent builds (in this JVM or another) each build in their own directory.
      String unique = UUID.randomUUID().toString();
      Path src = Files.createDirectories(dir.resolve(".src-" + unique));
      Files.writeString(src.resolve("main.go"), program.source(), StandardCharsets.UTF_8);
      Files.writeString(src.resolve("go.mod"), program.goMod(), StandardCharsets.UTF_8);
      Path tmp = dir.resolve(".tmp-" + unique + host.executableSuffix());
      ProcessRunner.Result r =
          ProcessRunner.run(
              List.of(toolchain.goCommand(), "build", "-trimpath", "-o", tmp.toString(), "."),
              src,
              GoCacheProgram.bridgeBuildEnvironment(environment, host),
              Optional.of(BUILD_TIMEOUT),
              line -> {});
      Files.deleteIfExists(src.resolve("main.go"));
      Files.deleteIfExists(src.resolve("go.mod"));
      Files.deleteIfExists(src);
      if (r.exitCode() != 0) {
        Files.deleteIfExists(tmp);
        throw new NotBuiltException(
            String.format(
                "%s build of the cache program failed (exit %d): %s",
                toolchain.goCommand(), r.exitCode(), r.output().strip()));
      }
      Files.move(tmp, binary, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return binary;
    } catch (IOException e) {
      throw new NotBuiltException(
          "cannot build the cache program in " + dir + ": " + e.getMessage());
    }
  }
}
