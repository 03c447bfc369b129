package io.github.gocrossbuild.maven.internal;

import io.github.gocrossbuild.schema.ConfigKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the config files of a project: every file the schema module recognises by name and place.
 */
public final class ConfigFiles {
  /** Folders that hold build output, dependencies or history, never a project's own config. */
  private static final Set<String> SKIPPED = Set.of("target", "node_modules", ".git", "vendor");

  private ConfigFiles() {}

  /**
   * Lists the known config files under a folder, skipping build output and dependencies.
   *
   * @param root the project folder
   * @return the files, in path order
   */
  public static List<Path> under(Path root) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              Path name = dir.getFileName();
              boolean skip = !dir.equals(root) && name != null && SKIPPED.contains(name.toString());
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && ConfigKind.detect(file).isPresent()) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.sort(null);
    return found;
  }
}
