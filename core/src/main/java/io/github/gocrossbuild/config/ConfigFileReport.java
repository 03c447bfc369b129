package io.github.gocrossbuild.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ProjectConfigs#writeTo} did to one file.
 *
 * @param file the file
 * @param status what happened
 * @param details one sentence per conflict or refusal; empty otherwise
 */
public record ConfigFileReport(Path file, ConfigFileStatus status, List<String> details) {
  /**
   * Creates a report, copying the details.
   *
   * @param file the file
   * @param status what happened
   * @param details one sentence per conflict or refusal
   */
  public ConfigFileReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(status, "status");
    details = List.copyOf(details);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(String.format("%-9s %s", status, file));
    details.forEach(d -> sb.append("\n          ").append(d));
    return sb.toString();
  }
}
