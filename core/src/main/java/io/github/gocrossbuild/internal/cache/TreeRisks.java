package io.github.gocrossbuild.internal.cache;

import io.github.gocrossbuild.internal.BoundedCache;
import io.github.gocrossbuild.internal.provenance.FileHashes;
import io.github.gocrossbuild.internal.provenance.SourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds files {@code go build} may read that the source tree digest does not cover: symbolic links
 * (the digest skips them) and files embedded with {@code //go:embed} whose names begin with {@code
 * .} or {@code _} or lie in {@code testdata} (an {@code all:} pattern, an explicit name, or a glob
 * over a directory that holds such files). Walks the tree the digest walks, by the digest's own
 * rule ({@link SourceTree#skipsDirectory}); the embed patterns of each Go file are remembered by
 * the file's SHA-256, so an unchanged file is not read again. Bounded: the least recently used
 * files are forgotten first.
 */
final class TreeRisks {
  /** Key: a Go file's SHA-256; value: its {@code //go:embed} patterns. */
  private static final BoundedCache<String, List<String>> EMBEDS =
      BoundedCache.create("TreeRisks.embedPatterns", 4096);

  private TreeRisks() {}

  /**
   * Returns why the tree holds input the key cannot cover, if it does.
   *
   * @param module the module directory
   * @param outputDir the output directory, skipped like the digest skips it
   * @return the reason, or empty
   */
  static Optional<String> of(Path module, Path outputDir) {
    List<String> reasons = new ArrayList<>();
    try {
      Files.walkFileTree(
          module,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (dir.equals(module)) {
                return FileVisitResult.CONTINUE;
              }
              return SourceTree.skipsDirectory(dir, outputDir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              String n = file.getFileName().toString();
              if (attrs.isSymbolicLink() && !SourceTree.hidden(n)) {
                reasons.add(
                    String.format(
                        "%s is a symbolic link, which the source tree digest does not follow",
                        module.relativize(file)));
                return FileVisitResult.TERMINATE;
              }
              if (attrs.isRegularFile() && n.endsWith(".go") && !n.endsWith("_test.go")) {
                Optional<String> risky = riskyEmbed(file);
                if (risky.isPresent()) {
                  reasons.add(
                      String.format(
                          "%s embeds %s, which may match files the source tree digest skips",
                          module.relativize(file), risky.get()));
                  return FileVisitResult.TERMINATE;
                }
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot walk the module " + module, e);
    }
    return reasons.stream().findFirst();
  }

  private static Optional<String> riskyEmbed(Path goFile) throws IOException {
    List<String> patterns = EMBEDS.get(FileHashes.sha256(goFile), k -> patterns(goFile));
    for (String pattern : patterns) {
      if (pattern.startsWith("all:")) {
        return Optional.of(pattern);
      }
      String[] elements = pattern.split("/");
      for (int i = 0; i < elements.length; i++) {
        String e = elements[i];
        if (SourceTree.hidden(e) || e.equals("testdata")) {
          return Optional.of(pattern);
        }
        boolean glob = e.contains("*") || e.contains("?") || e.contains("[");
        if (glob
            && (i < elements.length - 1
                || holdsHidden(goFile.resolveSibling(String.join("/", subList(elements, i)))))) {
          return Optional.of(pattern);
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> subList(String[] elements, int end) {
    return end == 0 ? List.of(".") : List.of(elements).subList(0, end);
  }

  private static boolean holdsHidden(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        if (SourceTree.hidden(p.getFileName().toString())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The patterns of every {@code //go:embed} line, quotes removed. */
  private static List<String> patterns(Path goFile) {
    List<String> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(goFile, StandardCharsets.UTF_8)) {
        String t = line.strip();
        if (t.startsWith("//go:embed ") || t.startsWith("//go:embed\t")) {
          for (String p : t.substring("//go:embed".length()).trim().split("\\s+")) {
            out.add(p.replace("\"", "").replace("`", ""));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + goFile, e);
    }
    return List.copyOf(out);
  }
}
