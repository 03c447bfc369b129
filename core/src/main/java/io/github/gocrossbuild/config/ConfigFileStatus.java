package io.github.gocrossbuild.config;

/** What {@link ProjectConfigs#writeTo} did to one file. */
public enum ConfigFileStatus {
  /** The file did not exist and was written. */
  CREATED,
  /** Generated entries were added or updated; every other byte is as it was. */
  CHANGED,
  /** The file already held exactly what would be written; no byte changed. */
  UNCHANGED,
  /**
   * Some entries of the user's differ from the generated ones and were left alone; the others were
   * written. The details name each.
   */
  CONFLICT,
  /** The file was left untouched: it cannot be merged (YAML, or not readable as JSONC). */
  REFUSED,
  /**
   * The file was not written because the spec does not call for it (Azure Functions files when no
   * target is a platform Functions runs); the details say why and what to change.
   */
  SKIPPED
}
