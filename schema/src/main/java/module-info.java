/**
 * GoCrossBuild config validation: the project's own JSON Schemas for VS Code, Dev Container, Azure
 * Functions and GoReleaser files, Go-aware lint rules, and AssertJ assertions for unit tests.
 */
module io.github.gocrossbuild.schema {
  requires transitive io.github.gocrossbuild.core;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires com.networknt.schema;
  requires static org.immutables.value.annotations;
  requires static org.assertj.core;

  exports io.github.gocrossbuild.schema;
}
