package io.github.gocrossbuild.schema.internal.jsonschema;

import static io.github.gocrossbuild.schema.internal.jsonschema.Schemas.compile;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Tests for {@link SchemaCompiler}: mistakes in a schema are named with their place. */
class SchemaCompilerTest {

  @Test
  void shouldRefuseAnUnknownKeywordSoAMisspellingCannotCheckNothing() {
    assertThatThrownBy(() -> compile("main.json", "{'properties': {'a': {'tpye': 'string'}}}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Schema main.json#/properties/a/tpye: unknown keyword \"tpye\"");
  }

  @Test
  void shouldRefuseAKeywordBesideARefWhichDraft7WouldIgnore() {
    assertThatThrownBy(
            () ->
                compile(
                    "main.json",
                    "{'definitions': {'a': {}}, 'properties': {'x': {'$ref': '#/definitions/a',"
                        + " 'description': 'fine', 'maximum': 3}}}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Schema main.json#/properties/x: \"maximum\" beside \"$ref\" is ignored in draft-07;"
                + " put both in an \"allOf\"");
  }

  @Test
  void shouldRefuseAReferenceOutsideTheDocuments() {
    assertThatThrownBy(
            () -> compile("main.json", "{'$ref': 'https://json.schemastore.org/tsconfig.json'}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Schema main.json: reference \"https://json.schemastore.org/tsconfig.json\""
                + " is outside the embedded schemas; only those are resolved");
  }

  @Test
  void shouldRefuseAReferenceToNothing() {
    assertThatThrownBy(() -> compile("main.json", "{'$ref': '#/definitions/missing'}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Schema main.json#/definitions/missing: the reference points at nothing");
  }

  @Test
  void shouldRefuseBadKeywordValues() {
    assertThatThrownBy(() -> compile("main.json", "{'type': 'int'}"))
        .hasMessage("Schema main.json#/type: Unknown JSON Schema type \"int\"");
    assertThatThrownBy(() -> compile("main.json", "{'minItems': -1}"))
        .hasMessage("Schema main.json#/minItems: minItems must be a non-negative integer, not -1");
    assertThatThrownBy(() -> compile("main.json", "{'pattern': '(unclosed'}"))
        .hasMessageStartingWith("Schema main.json#/pattern: Invalid pattern \"(unclosed\"");
    assertThatThrownBy(() -> compile("main.json", "{'anyOf': []}"))
        .hasMessage("Schema main.json#/anyOf: expected a non-empty array of schemas");
    assertThatThrownBy(() -> compile("main.json", "{'properties': {'a': 3}}"))
        .hasMessage("Schema main.json#/properties/a: a schema must be an object or a boolean");
  }
}
