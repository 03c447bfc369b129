package io.github.gocrossbuild.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.config.ConfigParseException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link JsoncParser}. */
class JsoncParserTest {

  @Test
  void shouldReadCommentsTrailingCommasAndBom() {
    JsoncObject o =
        (JsoncObject)
            JsoncParser.parse(
                "f",
                "\uFEFF// head\n{\n  /* a */ \"a\": [1,"
                    + " 2.50, true, null,],\n  \"b\": {\"c\": \"x\\ty\\u0041\",},\n  \"a\": \"last\", // tail\n}");
    assertThat(o.members()).containsOnlyKeys("b", "a");
    assertThat(o.get("a")).isEqualTo("last");
    assertThat(((JsoncObject) o.get("b")).get("c")).isEqualTo("x\tyA");
    assertThat(o.line()).isEqualTo(2);
    assertThat(((JsoncObject) o.get("b")).line()).isEqualTo(4);
    Object arr = ((JsoncObject) JsoncParser.parse("f", "{\"a\": [1, 2.50, true, null,]}")).get("a");
    @SuppressWarnings("unchecked")
    List<Object> items = (List<Object>) arr;
    assertThat(items).containsExactly(new BigDecimal("1"), new BigDecimal("2.50"), true, null);
  }

  @Test
  void shouldReturnNullForADocumentWithoutAValue() {
    assertThat(JsoncParser.parse("f", "  // nothing\n /* here */ ")).isNull();
  }

  @Test
  void shouldNameLineAndColumnOfAMissingComma() {
    assertThatThrownBy(() -> JsoncParser.parse("tasks.json", "{\n  \"a\": 1\n  \"b\": 2\n}"))
        .isInstanceOfSatisfying(
            ConfigParseException.class,
            e -> {
              assertThat(e.file()).isEqualTo("tasks.json");
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo(3);
              assertThat(e.problem()).isEqualTo("expected ',' or '}' but found '\"'");
            })
        .hasMessage("tasks.json:3:3: expected ',' or '}' but found '\"'");
  }

  @Test
  void shouldReportUnclosedStringsCommentsAndObjects() {
    assertThatThrownBy(() -> JsoncParser.parse("f", "{\"a\": \"open\n}"))
        .hasMessage("f:1:12: line break inside a string (write \\n)");
    assertThatThrownBy(() -> JsoncParser.parse("f", "{\n /* never closed"))
        .hasMessage("f:2:2: comment is not closed (missing */)");
    assertThatThrownBy(() -> JsoncParser.parse("f", "{\"a\": 1,"))
        .hasMessage("f:1:9: unexpected end of file in the object that starts at line 1, column 1");
    assertThatThrownBy(() -> JsoncParser.parse("f", "{} {}"))
        .hasMessage("f:1:4: unexpected '{' after the end of the document");
    assertThatThrownBy(() -> JsoncParser.parse("f", "[01]")).hasMessage("f:1:2: invalid number 01");
  }

  @Test
  void shouldRefuseDeepNestingWithATypedError() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertThatThrownBy(() -> JsoncParser.parse("deep.json", deep))
        .isInstanceOf(ConfigParseException.class)
        .hasMessage("deep.json:1:201: nesting deeper than 200 levels");
    String ok = "[".repeat(199) + "]".repeat(199);
    assertThat(JsoncParser.parse("ok.json", ok)).isInstanceOf(List.class);
  }

  @Test
  void shouldRefuseHugeDocuments() {
    String huge = "\"" + "x".repeat(JsoncParser.MAX_CHARS) + "\"";
    assertThatThrownBy(() -> JsoncParser.parse("big.json", huge))
        .isInstanceOf(ConfigParseException.class)
        .hasMessage(
            "big.json: file has 4194306 characters; more than 4194304 is refused as too large for"
                + " a configuration file");
    assertThat(JsoncParser.parse("manifest", huge, JsoncParser.MAX_CHARS * 2))
        .isInstanceOf(String.class);
  }
}
