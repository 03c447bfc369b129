package io.github.gocrossbuild.maven.internal;

import io.github.gocrossbuild.schema.ConfigKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Finds the config files of a project: every file the schema module recognises by name and place.
 */
public final class ConfigFiles {
  /** Folders that hold build output, dependencies or history, never a project's own config. */
  private static final Set<String> SKIPPED = Set.of("target", "node_modules", ".git", "vendor");

  private ConfigFiles() {}

  /**
   * Lists the known config files under a folder, leaving out build output and dependencies.
   *
   * @param root the project folder
   * @return the files, in path order
   */
  public static List<Path> under(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(
              f ->
                  StreamSupport.stream(root.relativize(f).spliterator(), false)
                      .noneMatch(name -> SKIPPED.contains(name.toString())))
          .filter(Files::isRegularFile)
          .filter(f -> ConfigKind.detect(f).isPresent())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
