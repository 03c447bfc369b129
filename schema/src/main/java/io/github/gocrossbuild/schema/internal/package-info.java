/**
 * Implementation of the schema module: the located Jackson tree built from core's one JSONC reader
 * ({@code internal.jsonc}), the YAML reader, the embedded schema catalog, lint rules per kind. Not
 * API: may change in any release.
 */
package io.github.gocrossbuild.schema.internal;
