package io.github.gocrossbuild.schema.internal.jsonschema;

import static io.github.gocrossbuild.schema.internal.jsonschema.Schemas.compile;
import static io.github.gocrossbuild.schema.internal.jsonschema.Schemas.json;
import static io.github.gocrossbuild.schema.internal.jsonschema.Schemas.violations;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** Tests for {@link CompiledSchema}: every draft-07 keyword, one that fails and one that holds. */
class CompiledSchemaTest {

  @Test
  void shouldCheckTypesWithIntegerIncludingZeroFractions() {
    CompiledSchema schema = compile("main.json", "{'type': ['integer', 'null']}");

    assertThat(violations(schema, "3")).isEmpty();
    assertThat(violations(schema, "3.0")).isEmpty();
    assertThat(violations(schema, "null")).isEmpty();
    assertThat(violations(schema, "3.5")).containsExactly("type@");
    assertThat(schema.validate(json("'3'")).get(0).message())
        .isEqualTo("it must be of type integer or null, not string");
  }

  @Test
  void shouldCompareEnumAndConstByJsonValue() {
    CompiledSchema schema =
        compile(
            "main.json",
            "{'properties': {"
                + "'e': {'enum': ['a', 1, null, {'x': [1, 2]}]}, 'c': {'const': {'k': 1.0}}}}");

    assertThat(violations(schema, "{'e': 'a', 'c': {'k': 1}}")).isEmpty();
    assertThat(violations(schema, "{'e': 1.0}")).isEmpty();
    assertThat(violations(schema, "{'e': {'x': [1.0, 2]}}")).isEmpty();
    assertThat(violations(schema, "{'e': null}")).isEmpty();
    assertThat(violations(schema, "{'e': 'A', 'c': {'k': 1, 'j': 2}}"))
        .containsExactly("enum@/e", "const@/c");
    assertThat(violations(schema, "{'e': {'x': [2, 1]}}")).containsExactly("enum@/e");
  }

  @Test
  void shouldCheckNumericBoundsExactly() {
    CompiledSchema schema =
        compile(
            "main.json",
            "{'properties': {"
                + "'a': {'minimum': 0, 'maximum': 65535}, 'b': {'exclusiveMinimum': 0,"
                + " 'exclusiveMaximum': 1}, 'm': {'multipleOf': 0.1}}}");

    assertThat(violations(schema, "{'a': 0, 'b': 0.5, 'm': 0.3}")).isEmpty();
    assertThat(violations(schema, "{'a': 65535, 'b': 0.999}")).isEmpty();
    assertThat(violations(schema, "{'a': -1}")).containsExactly("minimum@/a");
    assertThat(violations(schema, "{'a': 65536}")).containsExactly("maximum@/a");
    assertThat(violations(schema, "{'b': 0}")).containsExactly("exclusiveMinimum@/b");
    assertThat(violations(schema, "{'b': 1}")).containsExactly("exclusiveMaximum@/b");
    assertThat(violations(schema, "{'m': 0.35}")).containsExactly("multipleOf@/m");
    assertThat(schema.validate(json("{'a': 70000}")).get(0).message())
        .isEqualTo("it must be at most 65535");
  }

  @Test
  void shouldRejectNonFiniteNumbersAtEveryBound() {
    CompiledSchema schema = compile("main.json", "{'minimum': 0, 'maximum': 10}");
    JsonNodeFactory nodes = JsonNodeFactory.instance;

    assertThat(schema.validate(nodes.numberNode(Double.NaN)))
        .extracting(Violation::keyword)
        .containsExactly("minimum", "maximum");
    assertThat(schema.validate(nodes.numberNode(Double.POSITIVE_INFINITY)))
        .extracting(Violation::keyword)
        .containsExactly("maximum");
    assertThat(JsonValues.typeOf(nodes.numberNode(Double.NaN))).isEqualTo("number");
  }

  @Test
  void shouldCountStringLengthInCodePointsAndSearchPatternsUnanchored() {
    CompiledSchema schema =
        compile(
            "main.json",
            "{'properties': {"
                + "'s': {'minLength': 2, 'maxLength': 3}, 'p': {'pattern': '[0-9]+s$'}}}");

    assertThat(violations(schema, "{'s': '\uD83D\uDE00\uD83D\uDE00', 'p': 'timeout 30s'}"))
        .isEmpty();
    assertThat(violations(schema, "{'s': 'x', 'p': '30 s'}"))
        .containsExactly("minLength@/s", "pattern@/p");
    assertThat(violations(schema, "{'s': 'long'}")).containsExactly("maxLength@/s");
  }

  @Test
  void shouldCheckArraysItemByItem() {
    CompiledSchema schema =
        compile(
            "main.json",
            "{'properties': {"
                + "'list': {'items': {'type': 'string'}, 'minItems': 1, 'maxItems': 3,"
                + " 'uniqueItems': true},"
                + "'pair': {'items': [{'type': 'string'}, {'type': 'integer'}],"
                + " 'additionalItems': false},"
                + "'has': {'contains': {'const': 'go'}}}}");

    assertThat(violations(schema, "{'list': ['a', 'b'], 'pair': ['x', 1], 'has': [1, 'go']}"))
        .isEmpty();
    assertThat(violations(schema, "{'list': ['a', 2, 'a', 'b']}"))
        .containsExactlyInAnyOrder("type@/list/1", "maxItems@/list", "uniqueItems@/list/2");
    assertThat(violations(schema, "{'list': [], 'pair': [1, 'x', 3], 'has': ['rust']}"))
        .containsExactlyInAnyOrder(
            "minItems@/list",
            "type@/pair/0",
            "type@/pair/1",
            "additionalItems@/pair/2",
            "contains@/has");
  }

  @Test
  void shouldReportUnknownAndMissingPropertiesWithTheirNames() {
    CompiledSchema schema =
        compile(
            "main.json",
            "{'type': 'object', 'required': ['version'],"
                + " 'properties': {'version': {'const': '2.0'}}, 'patternProperties': {'^x-': true},"
                + " 'additionalProperties': false, 'minProperties': 1, 'maxProperties': 3}");

    assertThat(violations(schema, "{'version': '2.0', 'x-note': 1}")).isEmpty();
    List<Violation> found = schema.validate(json("{'verison': '2.0', 'a/b': 1}"));

    assertThat(found)
        .extracting(Violation::keyword, Violation::pointer, Violation::property)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("required", "", "version"),
            org.assertj.core.groups.Tuple.tuple("additionalProperties", "", "verison"),
            org.assertj.core.groups.Tuple.tuple("additionalProperties", "", "a/b"));
    assertThat(found.get(0).schema()).isSameAs(schema.source());
    assertThat(violations(schema, "{}")).containsExactly("required@", "minProperties@");
    assertThat(violations(schema, "{'version': '2.0', 'x-a': 1, 'x-b': 2, 'x-c': 3}"))
        .containsExactly("maxProperties@");
  }

  @Test
  void shouldApplyAdditionalPropertiesAsASchemaAndEscapePointers() {
    CompiledSchema schema =
        compile(
            "main.json",
            "{'additionalProperties': {'type': 'string'}, 'propertyNames': {'maxLength': 4}}");

    assertThat(violations(schema, "{'a~b/c': 1}"))
        .containsExactlyInAnyOrder("type@/a~0b~1c", "propertyNames@");
    assertThat(violations(schema, "{'ab': 'x'}")).isEmpty();
  }

  @Test
  void shouldCheckDependenciesInBothForms() {
    CompiledSchema schema =
        compile(
            "main.json",
            "{'dependencies': {" + "'cert': ['key'], 'port': {'required': ['host']}}}");

    assertThat(violations(schema, "{'cert': 1, 'key': 2, 'port': 1, 'host': 'h'}")).isEmpty();
    assertThat(violations(schema, "{'cert': 1, 'port': 1}"))
        .containsExactly("dependencies@", "required@");
  }

  @Test
  void shouldCombineSchemas() {
    CompiledSchema schema =
        compile(
            "main.json",
            "{'properties': {"
                + "'all': {'allOf': [{'type': 'integer'}, {'minimum': 1}]},"
                + "'any': {'anyOf': [{'type': 'string'}, {'type': 'boolean'}]},"
                + "'one': {'oneOf': [{'type': 'integer'}, {'minimum': 0}]},"
                + "'not': {'not': {'const': 'aarch64'}}}}");

    assertThat(violations(schema, "{'all': 2, 'any': true, 'one': -1, 'not': 'arm64'}")).isEmpty();
    assertThat(violations(schema, "{'all': 0.5, 'any': 1, 'one': 3, 'not': 'aarch64'}"))
        .containsExactly("type@/all", "minimum@/all", "anyOf@/any", "oneOf@/one", "not@/not");
    List<Violation> any = schema.validate(json("{'any': 1}"));
    assertThat(any.get(0).alternatives()).hasSize(2);
    assertThat(any.get(0).alternatives().get(1))
        .extracting(Violation::keyword)
        .containsExactly("type");
    assertThat(schema.validate(json("{'one': 3}")).get(0).message())
        .isEqualTo("it must match exactly one of the alternatives, but matches 2");
  }

  @Test
  void shouldApplyThenOrElseByTheCondition() {
    CompiledSchema schema =
        compile(
            "main.json",
            "{'type': ['integer', 'string'],"
                + " 'if': {'type': 'integer'}, 'then': {'maximum': 65535},"
                + " 'else': {'pattern': '^[a-z]+:[0-9]+$'}}");

    assertThat(violations(schema, "8080")).isEmpty();
    assertThat(violations(schema, "'db:5432'")).isEmpty();
    assertThat(violations(schema, "70000")).containsExactly("maximum@");
    assertThat(violations(schema, "'8080'")).containsExactly("pattern@");
  }

  @Test
  void shouldFollowReferencesLocallyAcrossDocumentsAndInCycles() {
    CompiledSchema schema =
        compile(
            "main.json",
            "{'definitions': {'node': {'type': 'object', 'properties': {"
                + "'child': {'$ref': '#/definitions/node'}, 'other': {'$ref': 'other.json'},"
                + "'abs': {'$ref': '"
                + Schemas.BASE
                + "other.json#/definitions/n'}}}},"
                + " '$ref': '#/definitions/node'}",
            "other.json",
            "{'type': 'string', 'definitions': {'n': {'type': 'number'}}}");

    assertThat(violations(schema, "{'child': {'child': {'other': 'x', 'abs': 1}}}")).isEmpty();
    assertThat(violations(schema, "{'child': {'child': {'other': 1, 'abs': 'x'}}}"))
        .containsExactly("type@/child/child/other", "type@/child/child/abs");
  }

  @Test
  void shouldTreatBooleanSchemasAsAllOrNothing() {
    CompiledSchema schema =
        compile("main.json", "{'properties': {'removed': false, 'anything': true}}");

    assertThat(violations(schema, "{'anything': [1, {}]}")).isEmpty();
    assertThat(violations(schema, "{'removed': 1}")).containsExactly("false@/removed");
  }

  @Test
  void shouldValidateFromManyThreadsAtOnce() throws Exception {
    CompiledSchema schema =
        compile(
            "main.json",
            "{'items': {'properties': {" + "'n': {'type': 'integer', 'maximum': 9}}}}");
    StringBuilder doc = new StringBuilder("[");
    for (int i = 0; i < 200; i++) {
      doc.append(i == 0 ? "" : ",").append("{'n': ").append(i % 12).append('}');
    }
    String instance = doc.append(']').toString();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> violations(schema, instance)));
      }
      for (Future<List<String>> result : results) {
        // 200 values cycling 0..11: 10 and 11 fail in each of 16 full cycles; 192..199 hold 0..7.
        assertThat(result.get()).hasSize(32).allMatch(v -> v.startsWith("maximum@/"));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
