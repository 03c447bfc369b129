package io.github.gocrossbuild.schema.internal;

import tools.jackson.databind.JsonNode;

/**
 * One lint check over a parsed document. Rules run even when the schema failed, so they must cope
 * with any shape: they navigate with {@link JsonNode#path} and never assume a type.
 */
@FunctionalInterface
public interface Rule {
  /**
   * Checks a document.
   *
   * @param root the document root
   * @param sink where to report
   */
  void check(JsonNode root, IssueSink sink);
}
