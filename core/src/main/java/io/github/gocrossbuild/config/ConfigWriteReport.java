package io.github.gocrossbuild.config;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@link ProjectConfigs#writeTo} did, file by file.
 *
 * @param files one report per file, in the order written
 */
public record ConfigWriteReport(List<ConfigFileReport> files) {
  /**
   * Creates a report, copying the list.
   *
   * @param files one report per file
   */
  public ConfigWriteReport {
    files = List.copyOf(files);
  }

  /**
   * Returns the report of one file.
   *
   * @param relativePath the path inside the workspace, e.g. {@code .vscode/tasks.json}
   * @return the report, or empty when no such file was written
   */
  public Optional<ConfigFileReport> file(String relativePath) {
    return files.stream()
        .filter(f -> f.file().endsWith(java.nio.file.Path.of(relativePath)))
        .findFirst();
  }

  /**
   * Tells whether some entry of the user's was left alone.
   *
   * @return true when a file reports {@link ConfigFileStatus#CONFLICT}
   */
  public boolean hasConflicts() {
    return files.stream().anyMatch(f -> f.status() == ConfigFileStatus.CONFLICT);
  }

  @Override
  public String toString() {
    return files.stream().map(ConfigFileReport::toString).collect(Collectors.joining("\n"));
  }
}
