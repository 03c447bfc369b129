package io.github.gocrossbuild.config;

/** How {@link ProjectConfigs#writeTo(java.nio.file.Path, WriteMode)} treats existing files. */
public enum WriteMode {
  /**
   * Merges into existing JSON files and leaves an existing {@code .goreleaser.yaml} alone (reported
   * as refused). The default.
   */
  MERGE,
  /** Merges JSON files like {@link #MERGE} and replaces an existing {@code .goreleaser.yaml}. */
  REPLACE_YAML
}
