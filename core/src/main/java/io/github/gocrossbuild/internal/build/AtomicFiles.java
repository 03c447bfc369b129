package io.github.gocrossbuild.internal.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Temporary artifact files next to their destination, moved into place in one step. */
public final class AtomicFiles {
  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");

  /**
   * Random once per JVM, so that two processes (or two machines on a shared file system) never pick
   * the same name; a counter then tells this JVM's temporary files apart. One {@code SecureRandom}
   * draw per build was a measurable part of a warm {@code run()}.
   */
  private static final String JVM_TOKEN = HexFormat.of().formatHex(randomBytes(8));

  private static final AtomicLong COUNTER = new AtomicLong();

  private AtomicFiles() {}

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    new SecureRandom().nextBytes(b);
    return b;
  }

  /**
   * Returns a fresh temporary path in the destination's directory, so the final move is a rename on
   * the same file system. Distinct per call: concurrent builds never share one.
   *
   * @param destination the final artifact path
   * @return a path that does not exist yet; hidden, ending in {@code .tmp}
   */
  public static Path temporaryFor(Path destination) {
    String name =
        "."
            + destination.getFileName()
            + "."
            + JVM_TOKEN
            + "-"
            + COUNTER.incrementAndGet()
            + ".tmp";
    return destination.resolveSibling(name);
  }

  /**
   * Puts the previous artifact at the temporary path, so that {@code go build} finds an up-to-date
   * file at {@code -o} and skips the link step on a warm rebuild, as it does when building in
   * place.
   *
   * <p>On Unix a hard link is enough and costs nothing: {@code go build} never writes into an
   * existing output file, it removes it or renames a new file over it (cmd/go {@code
   * moveOrCopyFile}, {@code mayberemovefile}), so the previous artifact is never touched. On
   * Windows, where removing a running executable fails and Go then truncates in place, and wherever
   * linking fails, the file is copied instead.
   *
   * @param previous the final artifact path (may not exist)
   * @param tmp the temporary path the build writes
   */
  public static void seedFromPrevious(Path previous, Path tmp) {
    try {
      if (!Files.isRegularFile(previous)) {
        return;
      }
      if (!WINDOWS) {
        try {
          Files.createLink(tmp, previous);
          return;
        } catch (IOException | UnsupportedOperationException e) {
          deleteQuietly(tmp);
        }
      }
      Files.copy(previous, tmp, StandardCopyOption.COPY_ATTRIBUTES);
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
        Files.move(
            source,
            destination,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(source, destination, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot move " + source + " to " + destination + ": " + e.getMessage(), e);
    }
  }

  /**
   * Renames a file to a fresh temporary name beside it, so that a new file can later be renamed to
   * the freed name. On ext4 a rename that replaces an existing file makes the kernel start writing
   * the new file's data at once ({@code auto_da_alloc}); a rename to a free name does not, which
   * keeps a warm build off the disk.
   *
   * @param file the file to set aside (may not exist)
   * @return where it went, or empty when there was no such file
   * @throws IOException when it exists and cannot be renamed
   */
  public static Optional<Path> setAside(Path file) throws IOException {
    Path aside = temporaryFor(file);
    try {
      Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
      return Optional.of(aside);
    } catch (NoSuchFileException e) {
      return Optional.empty();
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
