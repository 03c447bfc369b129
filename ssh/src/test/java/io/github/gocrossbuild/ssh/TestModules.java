package io.github.gocrossbuild.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies the test Go module out of the source tree, so builds never write into it. */
final class TestModules {
  static final Path SSHHELLO = Path.of("src/test/go/sshhello");
  static final Path SSHCGO = Path.of("src/test/go/sshcgo");
  static final Path ARMCGO = Path.of("src/test/go/armcgo");

  private TestModules() {}

  /**
   * Copies {@code sshhello} into a directory.
   *
   * @param dir the parent
   * @return the copy's module directory
   */
  static Path copyHello(Path dir) {
    return copy(SSHHELLO, dir);
  }

  /**
   * Copies {@code sshcgo}, a module with cgo code, into a directory.
   *
   * @param dir the parent
   * @return the copy's module directory
   */
  static Path copyCgo(Path dir) {
    return copy(SSHCGO, dir);
  }

  /**
   * Copies {@code armcgo}, a cgo module that includes a header only the ARM64 test host has.
   *
   * @param dir the parent
   * @return the copy's module directory
   */
  static Path copyArmCgo(Path dir) {
    return copy(ARMCGO, dir);
  }

  private static Path copy(Path source, Path dir) {
    Path target = dir.resolve(source.getFileName().toString());
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path dest = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }
}
