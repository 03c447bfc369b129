/**
 * Implementation of the schema module: location-aware JSONC and YAML readers, the embedded schema
 * catalog, lint rules per kind. Not API: may change in any release.
 */
package io.github.gocrossbuild.schema.internal;
