package io.github.gocrossbuild.internal.jsonc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Tests for {@link JsoncReader}. */
class JsoncReaderTest {

  /** Writes every event as text: kind, line:column, pointer and value. */
  private static final class Recorder implements JsoncHandler {
    final List<String> events = new ArrayList<>();

    /** Every event with its offsets: kind, [offset,end) and pointer. */
    final List<String> spans = new ArrayList<>();

    private void add(String kind, JsoncLocation at, Object value) {
      events.add(kind + " " + at.line() + ":" + at.column() + " " + at.pointer() + " " + value);
      spans.add(kind + " [" + at.offset() + "," + at.end() + ") " + at.pointer());
    }

    @Override
    public void startObject(JsoncLocation at) {
      add("{", at, "");
    }

    @Override
    public void member(JsoncLocation at, String name) {
      add("key", at, name);
    }

    @Override
    public void endObject(JsoncLocation at) {
      events.add("}");
      spans.add("} [" + at.offset() + "," + at.end() + ") " + at.pointer());
    }

    @Override
    public void startArray(JsoncLocation at) {
      add("[", at, "");
    }

    @Override
    public void endArray(JsoncLocation at) {
      events.add("]");
      spans.add("] [" + at.offset() + "," + at.end() + ") " + at.pointer());
    }

    @Override
    public void string(JsoncLocation at, String value) {
      add("str", at, value);
    }

    @Override
    public void number(JsoncLocation at, String literal, boolean integral) {
      add(integral ? "int" : "num", at, literal);
    }

    @Override
    public void bool(JsoncLocation at, boolean value) {
      add("bool", at, value);
    }

    @Override
    public void nullValue(JsoncLocation at) {
      add("null", at, "");
    }

    @Override
    public void trailingComma(JsoncLocation at, char closer) {
      add("comma", at, closer);
    }

    @Override
    public void noValue(JsoncLocation at) {
      add("none", at, "");
    }
  }

  private static List<String> events(String text, JsoncSyntax syntax) {
    Recorder r = new Recorder();
    JsoncReader.read("f.json", text, syntax, r);
    return r.events;
  }

  private static JsoncException error(String text, JsoncSyntax syntax) {
    try {
      JsoncReader.read("f.json", text, syntax, new Recorder());
    } catch (JsoncException e) {
      return e;
    }
    throw new AssertionError("accepted: " + text.substring(0, Math.min(80, text.length())));
  }

  private static String where(JsoncException e) {
    return e.line() + ":" + e.column() + " " + e.pointer() + " " + e.problem();
  }

  @Test
  void shouldGiveEveryValueItsLineColumnAndPointer() {
    assertThat(
            events(
                "\uFEFF{\r\n  // c\r\n  \"a/b\": [1, {\"x~\": true}, -2.5e3,],\n\t\"s\": \"\\u0041\","
                    + " \"n\": null\n}",
                JsoncSyntax.VSCODE))
        .containsExactly(
            "{ 1:1  ",
            "key 3:3 /a~1b a/b",
            "[ 3:10 /a~1b ",
            "int 3:11 /a~1b/0 1",
            "{ 3:14 /a~1b/1 ",
            "key 3:15 /a~1b/1/x~0 x~",
            "bool 3:21 /a~1b/1/x~0 true",
            "}",
            "num 3:28 /a~1b/2 -2.5e3",
            "comma 3:34 /a~1b ]",
            "]",
            "key 4:2 /s s",
            "str 4:7 /s A",
            "key 4:17 /n n",
            "null 4:22 /n ",
            "}");
  }

  @Test
  void shouldGiveEveryTokenItsStartAndEndOffsets() {
    Recorder r = new Recorder();
    String text =
        "\uFEFF{\r\n  // c\r\n  \"a/b\": [1, {\"x~\": true}, -2.5e3,],\n\t\"s\": \"\\u0041\","
            + " \"n\": null\n}";
    JsoncReader.read("f.json", text, JsoncSyntax.VSCODE, r);
    assertThat(r.spans)
        .containsExactly(
            "{ [1,2) ",
            "key [14,19) /a~1b",
            "[ [21,22) /a~1b",
            "int [22,23) /a~1b/0",
            "{ [25,26) /a~1b/1",
            "key [26,30) /a~1b/1/x~0",
            "bool [32,36) /a~1b/1/x~0",
            "} [36,37) /a~1b/1",
            "num [39,45) /a~1b/2",
            "comma [45,46) /a~1b",
            "] [46,47) /a~1b",
            "key [50,53) /s",
            "str [55,63) /s",
            "key [65,68) /n",
            "null [70,74) /n",
            "} [75,76) ");
    assertThat(text.substring(21, 47)).isEqualTo("[1, {\"x~\": true}, -2.5e3,]");
    assertThat(text.substring(55, 63)).isEqualTo("\"\\u0041\"");
  }

  @Test
  void shouldPutTheEndOfAnEmptyDocumentWhereItStarts() {
    Recorder r = new Recorder();
    JsoncReader.read("f.json", "// nothing yet\n", JsoncSyntax.VSCODE, r);
    assertThat(r.spans).containsExactly("none [15,15) ");
  }

  @Test
  void shouldTellAnEmptyVsCodeDocumentApartFromAnEmptyJsonOne() {
    assertThat(events("// nothing yet\n", JsoncSyntax.VSCODE)).containsExactly("none 2:1  ");
    assertThat(where(error("  ", JsoncSyntax.JSONC)))
        .isEqualTo("1:3  The file contains no JSON value; write {} for an empty configuration.");
  }

  @Test
  void shouldRefuseCommentsAndTrailingCommasInJsonSyntax() {
    assertThat(where(error("{\"a\": [1,]}", JsoncSyntax.JSON)))
        .isEqualTo("1:9 /a Trailing comma before ']'; remove it, this file must be strict JSON.");
    assertThat(where(error("{\"a\": 1 // c\n}", JsoncSyntax.JSON)))
        .isEqualTo(
            "1:9  Comments are not allowed in this file, which must be strict JSON; remove the"
                + " comment.");
  }

  @Test
  void shouldStopOneHundredThousandOpenBracketsAtTheDepthLimit() {
    JsoncException e = error("[".repeat(100_000), JsoncSyntax.VSCODE);

    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(JsoncLimits.MAX_DEPTH + 1);
    assertThat(e.pointer()).isEqualTo("/0".repeat(JsoncLimits.MAX_DEPTH));
    assertThat(e.problem())
        .isEqualTo(
            "Nesting is deeper than 100 levels, which no configuration file needs; the file is"
                + " probably corrupt.");
    String deepest = "[".repeat(JsoncLimits.MAX_DEPTH) + "]".repeat(JsoncLimits.MAX_DEPTH);
    assertThat(events(deepest, JsoncSyntax.JSON)).hasSize(2 * JsoncLimits.MAX_DEPTH);
  }

  @Test
  void shouldRefuseFiftyMegabytesBeforeReadingAnyOfIt() {
    String huge = "[" + "1,".repeat(25_000_000) + "1]";
    long start = System.nanoTime();

    JsoncException e = error(huge, JsoncSyntax.VSCODE);

    assertThat(System.nanoTime() - start).isLessThan(100_000_000L);
    assertThat(e.getMessage())
        .isEqualTo(
            "f.json: The text has 50000003 characters, more than the 10485760 a configuration"
                + " file may have; check that this is the right file.");
  }

  @Test
  void shouldRefuseOverlongStringsAndNumbersWithoutQuadraticWork() {
    String longString = "[\"" + "x".repeat(JsoncLimits.MAX_STRING_CHARS + 1) + "\"]";
    assertThat(where(error(longString, JsoncSyntax.JSON)))
        .isEqualTo(
            "1:2 /0 String longer than 1048576 characters, beyond any value a configuration"
                + " holds; the file is probably corrupt.");
    String numberProblem =
        "Number longer than 100 characters or with an exponent of more than 4 digits, beyond"
            + " any value a configuration holds; quote it as a string.";
    long start = System.nanoTime();
    assertThat(where(error("{\"n\": " + "9".repeat(5_000_000) + "}", JsoncSyntax.JSON)))
        .isEqualTo("1:7 /n " + numberProblem);
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    assertThat(where(error("[1e99999]", JsoncSyntax.JSON))).isEqualTo("1:2 /0 " + numberProblem);
    assertThat(events("[1e308, -0.0, 123456789012345678901234567890]", JsoncSyntax.JSON))
        .contains("num 1:2 /0 1e308", "int 1:15 /2 123456789012345678901234567890");
  }

  @Test
  void shouldReportUnterminatedStringsAndCommentsAtTheirStart() {
    assertThat(where(error("{\"a\": \"never closed", JsoncSyntax.VSCODE)))
        .isEqualTo("1:7 /a Unterminated string; add the closing '\"'.");
    assertThat(where(error("{\"a\": 1 /* open", JsoncSyntax.VSCODE)))
        .isEqualTo("1:9  Unterminated block comment; close it with */.");
    assertThat(where(error("{\"a\": \"x\\", JsoncSyntax.VSCODE)))
        .isEqualTo("1:9 /a Unterminated string; add the closing '\"'.");
  }

  @Test
  void shouldRefuseControlCharactersButKeepLoneSurrogatesAsJavaScriptDoes() {
    assertThat(where(error("[\"a\u0001\"]", JsoncSyntax.VSCODE)))
        .isEqualTo(
            "1:4 /0 Control character U+0001 inside a string; write it as an escape such as \\t.");
    assertThat(events("[\"\\ud800\", \"\udc00\"]", JsoncSyntax.VSCODE))
        .contains("str 1:2 /0 \ud800", "str 1:12 /1 \udc00");
    assertThat(where(error("[\"\\u12\"]", JsoncSyntax.VSCODE)))
        .isEqualTo("1:3 /0 Invalid \\u escape; it needs four hex digits.");
  }

  @Test
  void shouldTurnBinaryGarbageIntoATypedErrorEveryTime() {
    Random random = new Random(11);
    for (int i = 0; i < 2_000; i++) {
      char[] chars = new char[random.nextInt(200)];
      for (int j = 0; j < chars.length; j++) {
        chars[j] = (char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000));
      }
      String text = "{\"a\": [" + new String(chars);
      assertThatThrownBy(() -> JsoncReader.read("g", text, JsoncSyntax.VSCODE, new Recorder()))
          .isInstanceOf(JsoncException.class);
    }
  }

  @Test
  void shouldNameTheUnclosedContainerAtTheEnd() {
    assertThat(where(error("{\"tasks\": [1, 2", JsoncSyntax.VSCODE)))
        .isEqualTo(
            "1:16 /tasks The file ends inside the array opened at line 1, column 11; add the"
                + " missing ']'.");
    assertThat(where(error("{\"a\":", JsoncSyntax.VSCODE)))
        .isEqualTo(
            "1:6 /a The file ends inside the object opened at line 1, column 1; add the missing"
                + " '}'.");
  }
}
