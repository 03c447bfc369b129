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
