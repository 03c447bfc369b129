package io.github.gocrossbuild.schema.internal;

import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns networknt's validation errors into {@link SchemaFinding}s worded as a fix, each worded from
 * the schema object whose keyword failed.
 *
 * <p>Every error maps to one finding: the embedded schemas express alternatives with {@code
 * if}/{@code then}/{@code else}, whose errors are those of the branch taken, and use no {@code
 * anyOf}/{@code oneOf}, whose errors would list every alternative ({@code SchemaCatalogTest} keeps
 * it that way).
 */
public final class SchemaFindings {
  private final SchemaCatalog catalog;

  /**
   * Creates the translator.
   *
   * @param catalog the schemas, to find the schema object of each failed keyword
   */
  public SchemaFindings(SchemaCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Translates errors.
   *
   * @param errors the errors of one validation, in networknt's order
   * @return the findings, in the same order
   */
  public List<SchemaFinding> translate(List<Error> errors) {
    List<SchemaFinding> out = new ArrayList<>(errors.size());
    for (Error e : errors) {
      out.add(SchemaMessages.finding(e, catalog.owner(e.getSchemaLocation())));
    }
    return out;
  }
}
