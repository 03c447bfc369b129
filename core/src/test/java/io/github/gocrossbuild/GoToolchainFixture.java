package io.github.gocrossbuild;

import io.github.gocrossbuild.testing.RealTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the real Go toolchain for tests and copies the test Go module to a fresh directory. Under
 * {@code CI=true} a missing toolchain fails the test; elsewhere it skips with the fix.
 */
public final class GoToolchainFixture {
  private GoToolchainFixture() {}

  /**
   * Returns the go command, failing (CI) or skipping when it is missing.
   *
   * @return the path of go
   */
  public static Path go() {
    return RealTools.go();
  }

  /**
   * Returns an environment for go: the JVM's, with go's directory first on PATH.
   *
   * @return the environment
   */
  public static Map<String, String> environment() {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("PATH", go().getParent() + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("GOTOOLCHAIN", "local");
    env.remove("GOFLAGS");
    return env;
  }

  /**
   * Copies the test module {@code src/test/go/<name>} into a new directory.
   *
   * @param name the module folder name
   * @param parent where to put the copy
   * @return the copy
   */
  public static Path copyModule(String name, Path parent) {
    Path source = Path.of("src/test/go", name).toAbsolutePath();
    Path target = parent.resolve(name);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.naturalOrder())::iterator) {
        Path dest = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  /**
   * Reads the first bytes of a file.
   *
   * @param file the file
   * @param n how many
   * @return the bytes
   */
  public static byte[] head(Path file, int n) {
    try (var in = Files.newInputStream(file)) {
      return in.readNBytes(n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
