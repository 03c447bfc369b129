package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.internal.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A cheap fingerprint of a module's Go sources, for caches of answers that {@code go list} derives
 * from them: the name, size and modification time of every {@code .go} file in the module's package
 * directories, and of {@code go.mod} and {@code go.sum}. No file is read. The directories are the
 * ones Go's {@code ./...} walks: not those whose names start with {@code .} or {@code _}, not
 * {@code testdata} nor {@code vendor}, not a nested module, and not a symbolic link.
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
    MessageDigest md = Sha256.digest();
    addDirectory(root, root, md);
    return HexFormat.of().formatHex(md.digest());
  }

  private static void addDirectory(Path root, Path dir, MessageDigest md) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      s.forEach(entries::add);
    } catch (IOException e) {
      add(md, "unreadable " + root.relativize(dir));
      return;
    }
    entries.sort(null);
    for (Path p : entries) {
      String name = p.getFileName().toString();
      try {
        BasicFileAttributes a =
            Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isDirectory()) {
          if (isPackageTree(p, name)) {
            addDirectory(root, p, md);
          }
        } else if (name.endsWith(".go")
            || dir.equals(root) && (name.equals("go.mod") || name.equals("go.sum"))) {
          // Go reads a linked file's target: its size and time are what change.
          BasicFileAttributes file =
              a.isSymbolicLink() ? Files.readAttributes(p, BasicFileAttributes.class) : a;
          add(
              md,
              String.format(
                  "%s\0%d\0%d",
                  root.relativize(p),
                  file.size(),
                  file.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
        }
      } catch (IOException e) {
        add(md, "unreadable " + root.relativize(p));
      }
    }
  }

  private static boolean isPackageTree(Path dir, String name) {
    return !name.startsWith(".")
        && !name.startsWith("_")
        && !name.equals("testdata")
        && !name.equals("vendor")
        && !Files.exists(dir.resolve("go.mod"));
  }

  private static void add(MessageDigest md, String line) {
    md.update((line + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
