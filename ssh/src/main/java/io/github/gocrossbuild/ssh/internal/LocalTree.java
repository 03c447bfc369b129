package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.internal.BoundedCache;
import io.github.gocrossbuild.internal.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The files of a local Go module that a remote build needs, each with its SHA-256. Hashes are
 * cached by path, size and modification time, so a warm sync reads no file content.
 */
public final class LocalTree {
  /** Directories never sent: version control, IDE state, JavaScript dependencies. */
  static final Set<String> EXCLUDED_DIRS =
      Set.of(".git", ".hg", ".svn", ".jj", ".idea", ".vscode", "node_modules", ".gocrossbuild");

  /**
   * File hashes keyed on {@link Stamp}: the file's path, size and modification time. Enough for the
   * files of a large module; a bigger tree is hashed again on each sync.
   */
  private static final BoundedCache<Stamp, String> HASHES =
      BoundedCache.create("LocalTree.hashes", 50_000);

  private LocalTree() {}

  /** One file to send. */
  public record Entry(Path file, long size, String sha256) {}

  /** A file as it was at one size and modification time. */
  private record Stamp(Path file, long size, long mtimeNanos) {}

  /**
   * Lists the module's files with their hashes.
   *
   * @param moduleDir the module directory
   * @param excluded absolute directories to leave out (the output directory)
   * @return relative path with {@code /} separators to entry, sorted
   */
  public static Map<String, Entry> scan(Path moduleDir, Set<Path> excluded) {
    Path root = moduleDir.toAbsolutePath().normalize();
    Map<String, Entry> out = new TreeMap<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(root)
                  && (EXCLUDED_DIRS.contains(dir.getFileName().toString())
                      || excluded.contains(dir))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              if (isJunk(file.getFileName().toString())) {
                return FileVisitResult.CONTINUE;
              }
              BasicFileAttributes a = attrs;
              if (attrs.isSymbolicLink()) {
                // A link to a file is sent as that file's content; a link to a directory is not
                // followed (it could loop or leave the module).
                if (!Files.isRegularFile(file)) {
                  return FileVisitResult.CONTINUE;
                }
                a = Files.readAttributes(file, BasicFileAttributes.class);
              } else if (!attrs.isRegularFile()) {
                return FileVisitResult.CONTINUE;
              }
              String rel = root.relativize(file).toString().replace('\\', '/');
              try {
                out.put(rel, new Entry(file, a.size(), hash(file, a)));
              } catch (UncheckedIOException e) {
                throw e.getCause();
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read module directory " + root, e);
    }
    return out;
  }

  /**
   * Tells whether a file name is editor or OS litter that a build never reads.
   *
   * @param name the file name
   * @return true for {@code .DS_Store}, swap and backup files, and the library's own temporary
   *     artifacts
   */
  static boolean isJunk(String name) {
    return name.equals(".DS_Store")
        || name.equals("Thumbs.db")
        || name.endsWith(".swp")
        || name.endsWith(".swo")
        || name.endsWith("~")
        || (name.startsWith(".") && name.endsWith(".tmp"));
  }

  private static String hash(Path file, BasicFileAttributes a) {
    Stamp stamp = new Stamp(file, a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    return HASHES.get(
        stamp,
        s -> {
          try {
            return Sha256.of(s.file());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
