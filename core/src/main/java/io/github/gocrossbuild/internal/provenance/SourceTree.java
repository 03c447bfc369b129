package io.github.gocrossbuild.internal.provenance;

import io.github.gocrossbuild.internal.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The digest of a module's source tree: Go's directory hash ({@code dirhash.Hash1}, the {@code h1:}
 * of go.sum) in hexadecimal, which is in-toto's {@code dirHash}, over the files {@code go build}
 * can read. Like the go command it skips files and directories whose names begin with {@code .} or
 * {@code _}, {@code testdata} directories, nested modules (a directory with its own go.mod) and
 * {@code _test.go} files; it also skips the output directory and symbolic links.
 *
 * @param dirHash the hexadecimal digest
 * @param files how many files it covers
 */
public record SourceTree(String dirHash, int files) {

  /**
   * Digests a module directory.
   *
   * @param moduleDir the module directory
   * @param outputDir the output directory, left out when it lies inside the module
   * @return the digest
   * @throws UncheckedIOException when a file cannot be read
   */
  public static SourceTree of(Path moduleDir, Optional<Path> outputDir) {
    Path root = moduleDir.toAbsolutePath().normalize();
    Path out = outputDir.map(p -> p.toAbsolutePath().normalize()).orElse(null);
    List<String> names = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (dir.equals(root)) {
                return FileVisitResult.CONTINUE;
              }
              return skipsDirectory(dir, out)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String n = file.getFileName().toString();
              if (attrs.isRegularFile() && !hidden(n) && !n.endsWith("_test.go")) {
                names.add(root.relativize(file).toString().replace('\\', '/'));
              }
              return FileVisitResult.CONTINUE;
            }
          });
      names.sort(null);
      MessageDigest summary = Sha256.digest();
      for (String name : names) {
        summary.update(
            (FileHashes.sha256(root.resolve(name)) + "  " + name + "\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      return new SourceTree(HexFormat.of().formatHex(summary.digest()), names.size());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot digest the source tree " + root, e);
    }
  }

  /**
   * Tells whether the digest leaves out a directory below the module's root: a name Go ignores
   * ({@code .}, {@code _}, {@code testdata}), a nested module, or the output directory.
   *
   * @param dir a directory below the module's root
   * @param outputDir the output directory, or null
   * @return true when the digest does not walk into it
   */
  public static boolean skipsDirectory(Path dir, Path outputDir) {
    String n = dir.getFileName().toString();
    return hidden(n)
        || n.equals("testdata")
        || dir.equals(outputDir)
        || Files.isRegularFile(dir.resolve("go.mod"));
  }

  /**
   * Tells whether Go ignores a file or directory name: it begins with {@code .} or {@code _}.
   *
   * @param name the name
   * @return true when {@code go build} ignores it
   */
  public static boolean hidden(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }
}
