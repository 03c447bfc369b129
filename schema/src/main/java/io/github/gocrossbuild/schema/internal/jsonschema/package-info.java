/**
 * The module's own JSON Schema (draft-07) validator, written for the embedded schemas: every
 * draft-07 validation keyword, no remote references, no {@code format} checks. It compiles a schema
 * into a tree of small checks once and reports each violation with the schema object that failed,
 * so messages can be worded from the schema. Not API: may change in any release.
 *
 * <p>It replaced a general-purpose validator because the first validation in a fresh JVM paid for
 * loading a few hundred classes that these schemas never use.
 */
package io.github.gocrossbuild.schema.internal.jsonschema;
