package io.github.gocrossbuild.internal.env;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * A cheap fingerprint of a module's Go sources, for caches of answers that {@code go list} derives
 * from them: the name, size and modification time of every {@code .go} file in the module's package
 * directories, and of {@code go.mod} and {@code go.sum}. No file is read. The directories are the
 * ones Go's {@code ./...} walks: not those whose names start with {@code .} or {@code _}, not
 * {@code testdata} nor {@code vendor}, and not a nested module.
 */
public final class ModuleSources {
  private ModuleSources() {}

  /**
   * Fingerprints a module's sources.
   *
   * @param moduleDir the module directory (holding go.mod)
   * @return hex SHA-256 of the files' relative paths, sizes and modification times; the same string
   *     until a {@code .go} file, go.mod or go.sum is added, removed or written
   */
  public static String fingerprint(Path moduleDir) {
    Path root = moduleDir.toAbsolutePath().normalize();
    MessageDigest md = sha256();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (dir.equals(root)) {
                return FileVisitResult.CONTINUE;
              }
              String name = dir.getFileName().toString();
              boolean ignored =
                  name.startsWith(".")
                      || name.startsWith("_")
                      || name.equals("testdata")
                      || name.equals("vendor")
                      || Files.exists(dir.resolve("go.mod"));
              return ignored ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString();
              boolean counted =
                  name.endsWith(".go")
                      || file.getParent().equals(root)
                          && (name.equals("go.mod") || name.equals("go.sum"));
              if (counted) {
                String line =
                    String.format(
                        "%s\0%d\0%d\n",
                        root.relativize(file),
                        attrs.size(),
                        attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
                md.update(line.getBytes(StandardCharsets.UTF_8));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              md.update(
                  ("unreadable " + root.relativize(file) + "\n").getBytes(StandardCharsets.UTF_8));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      md.update(("unreadable module: " + e + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
