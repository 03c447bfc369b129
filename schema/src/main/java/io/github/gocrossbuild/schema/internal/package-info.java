/**
 * Implementation of the schema module: the located Jackson tree built from core's one JSONC reader
 * ({@code internal.jsonc}), the YAML reader, the embedded schema catalog, lint rules per kind. Not
 * API: may change in any release.
 *
 * <p>JSON Schema validation is networknt's: {@link
 * io.github.gocrossbuild.schema.internal.SchemaCatalog} compiles the embedded schemas with a
 * registry that reads nothing but them ({@code EmbeddedSchemaRegistry}), and {@link
 * io.github.gocrossbuild.schema.internal.SchemaFindings} words networknt's errors from the schema
 * objects that failed. No class here implements a JSON Schema keyword.
 */
package io.github.gocrossbuild.schema.internal;
