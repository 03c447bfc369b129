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

  private TestModules() {}

  /**
   * Copies {@code sshhello} into a directory.
   *
   * @param dir the parent
   * @return the copy's module directory
   */
  static Path copyHello(Path dir) {
    Path target = dir.resolve("sshhello");
    try (Stream<Path> files = Files.walk(SSHHELLO)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path dest = target.resolve(SSHHELLO.relativize(p).toString());
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
