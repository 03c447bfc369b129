package io.github.gocrossbuild.schema.internal.jsonschema;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** One compiled keyword: checks an instance and adds a {@link Violation} for each problem. */
interface Check {
  /**
   * Checks an instance.
   *
   * @param instance the value being validated
   * @param at where it is in the document
   * @param out where violations go
   */
  void check(JsonNode instance, Location at, List<Violation> out);
}
