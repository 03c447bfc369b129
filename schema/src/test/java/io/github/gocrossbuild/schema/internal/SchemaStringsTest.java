package io.github.gocrossbuild.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/** Tests for {@link SchemaStrings}. */
class SchemaStringsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "linux",
        "say \"hi\"",
        "C:\\go\\bin",
        "tab\there, line\nbreak, cr\r, bell\u0007, nul\u0000, unit\u001f, del\u007f",
        "\b\f",
        "é, 中文, 😀, /slash"
      })
  void shouldWriteTheSameJsonAsJacksonAndEqualAPlainStringNode(String value) {
    StringNode quoted = new SchemaStrings.Quoted(value);
    StringNode plain = StringNode.valueOf(value);

    assertThat(quoted.toString()).isEqualTo(plain.toString());
    assertThat(quoted).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(plain).isEqualTo(quoted);
  }

  @Test
  void shouldShowValuesInMessagesAsJacksonWritesThem() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    List<JsonNode> values =
        List.of(
            nodes.stringNode("say \"hi\"\n"),
            nodes.numberNode(65536),
            nodes.numberNode(-7L),
            nodes.numberNode(new BigInteger("99999999999999999999999")),
            nodes.numberNode(1.5),
            nodes.booleanNode(false),
            nodes.nullNode(),
            nodes.arrayNode().add("a").add(1));

    for (JsonNode value : values) {
      assertThat(SchemaMessages.show(value)).isEqualTo(value.toString());
    }
    assertThat(SchemaMessages.show(nodes.stringNode("x".repeat(70))))
        .isEqualTo("\"" + "x".repeat(56) + "...");
  }

  @Test
  void shouldReplaceEveryStringOfTheSchemaDocuments() {
    JsonNode buildOnSave =
        new SchemaCatalog()
            .document("vscode-settings.schema.json")
            .path("properties")
            .path("go.buildOnSave");

    assertThat(buildOnSave.path("enum").get(0))
        .isInstanceOf(SchemaStrings.Quoted.class)
        .hasToString("\"package\"");
    assertThat(buildOnSave.path("type")).isInstanceOf(SchemaStrings.Quoted.class);
  }
}
