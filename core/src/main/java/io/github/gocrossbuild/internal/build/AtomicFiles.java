package io.github.gocrossbuild.internal.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** Temporary artifact files next to their destination, moved into place in one step. */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Returns a fresh temporary path in the destination's directory, so the final move is a rename
   * on the same file system. Distinct per call: concurrent builds never share one.
   *
   * @param destination the final artifact path
   * @return a path that does not exist yet; hidden, ending in {@code .tmp}
   */
  public static Path temporaryFor(Path destination) {
    String name = "." + destination.getFileName() + "." + UUID.randomUUID() + ".tmp";
    return destination.resolveSibling(name);
  }

  /**
   * Copies the previous artifact to the temporary path, so that {@code go build} finds an
   * up-to-date file at {@code -o} and skips the link step on a warm rebuild, as it does when
   * building in place. A copy, never a link: Go may truncate the file it writes.
   *
   * @param previous the final artifact path (may not exist)
   * @param tmp the temporary path the build writes
   */
  public static void seedFromPrevious(Path previous, Path tmp) {
    try {
      if (Files.isRegularFile(previous)) {
        Files.copy(previous, tmp, StandardCopyOption.COPY_ATTRIBUTES);
      }
    } catch (IOException e) {
      deleteQuietly(tmp);
    }
  }

  /**
   * Moves a finished file over the destination atomically where the file system allows.
   *
   * @param source the finished temporary file
   * @param destination the final path
   */
  public static void moveIntoPlace(Path source, Path destination) {
    try {
      try {
        Files.move(source, destination, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(source, destination, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + source + " to " + destination + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Deletes a temporary file if it exists, ignoring failures (it is hidden and named .tmp).
   *
   * @param file the file
   */
  public static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException | RuntimeException ignored) {
      // Best effort: a leftover is hidden and never taken for an artifact.
    }
  }
}
