package io.github.gocrossbuild.internal.jsonc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.config.ConfigParseException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link JsoncTree}. */
class JsoncTreeTest {

  private static Object read(String text) {
    return JsoncTree.read("f", text, JsoncSyntax.VSCODE);
  }

  @Test
  void shouldReadCommentsTrailingCommasAndBom() {
    JsoncObject o =
        (JsoncObject)
            read(
                "\uFEFF// head\n{\n  /* a */ \"a\": [1,"
                    + " 2.50, true, null,],\n  \"b\": {\"c\": \"x\\ty\\u0041\",},\n  \"a\": \"last\", // tail\n}");
    assertThat(o.members()).containsOnlyKeys("b", "a");
    assertThat(o.get("a")).isEqualTo("last");
    assertThat(((JsoncObject) o.get("b")).get("c")).isEqualTo("x\tyA");
    assertThat(o.line()).isEqualTo(2);
    assertThat(o.column()).isEqualTo(1);
    assertThat(((JsoncObject) o.get("b")).line()).isEqualTo(4);
    assertThat(((JsoncObject) o.get("b")).column()).isEqualTo(8);
    Object arr = ((JsoncObject) read("{\"a\": [1, 2.50, true, null,]}")).get("a");
    @SuppressWarnings("unchecked")
    List<Object> items = (List<Object>) arr;
    assertThat(items).containsExactly(new BigDecimal("1"), new BigDecimal("2.50"), true, null);
  }

  @Test
  void shouldReturnNullForADocumentWithoutAValueOnlyInVsCodeSyntax() {
    assertThat(read("  // nothing\n /* here */ ")).isNull();
    assertThatThrownBy(() -> JsoncTree.read("go env -json", "", JsoncSyntax.JSON))
        .isInstanceOf(JsoncException.class)
        .hasMessage(
            "go env -json:1:1: The file contains no JSON value; write {} for an empty"
                + " configuration.");
  }

  @Test
  void shouldNameLineColumnPointerAndFixOfAMissingComma() {
    assertThatThrownBy(
            () -> JsoncTree.read("tasks.json", "{\n  \"a\": 1\n  \"b\": 2\n}", JsoncSyntax.VSCODE))
        .isInstanceOfSatisfying(
            JsoncException.class,
            e -> {
              assertThat(e.file()).isEqualTo("tasks.json");
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo(3);
              assertThat(e.pointer()).isEmpty();
              assertThat(e.problem())
                  .isEqualTo(
                      "Expected ',' or '}' but found '\"'; add the missing comma or close the"
                          + " object.");
            })
        .isInstanceOf(ConfigParseException.class);
  }

  @Test
  void shouldReportUnclosedStringsCommentsAndObjects() {
    assertThatThrownBy(() -> read("{\"a\": \"open\n}"))
        .hasMessage(
            "f:1:7: Unterminated string; add the closing '\"' before the end of the line, or"
                + " write a line break as \\n.");
    assertThatThrownBy(() -> read("{\n /* never closed"))
        .hasMessage("f:2:2: Unterminated block comment; close it with */.");
    assertThatThrownBy(() -> read("{\"a\": 1,"))
        .hasMessage(
            "f:1:9: The file ends inside the object opened at line 1, column 1; add the missing"
                + " '}'.");
    assertThatThrownBy(() -> read("{} {}"))
        .hasMessage("f:1:4: Unexpected '{' after the end of the top-level value; remove it.");
    assertThatThrownBy(() -> read("[01]"))
        .hasMessage(
            "f:1:2: Invalid number; JSON numbers are decimal without leading zeros, so write it as"
                + " a plain number or quote it as a string.");
  }

  @Test
  void shouldKeepTheLastOfARepeatedKeyAtTheEnd() {
    JsoncObject o = (JsoncObject) read("{\"a\": 1, \"b\": 2, \"a\": 3}");

    assertThat(o.members().keySet()).containsExactly("b", "a");
    assertThat(o.get("a")).isEqualTo(new BigDecimal("3"));
  }

  @Test
  void shouldReadJsonSyntaxForMachineOutput() {
    assertThat(JsoncTree.read("m", "[\"+\",\"a.go\",\"3 ab\"]", JsoncSyntax.JSON))
        .isEqualTo(List.of("+", "a.go", "3 ab"));
    assertThatThrownBy(() -> JsoncTree.read("m", "[1,]", JsoncSyntax.JSON))
        .hasMessage("m:1:3: Trailing comma before ']'; remove it, this file must be strict JSON.");
  }
}
