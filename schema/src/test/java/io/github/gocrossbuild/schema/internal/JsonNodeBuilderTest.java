package io.github.gocrossbuild.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Tests for {@link JsonNodeBuilder}. */
class JsonNodeBuilderTest {
  private final IssueSink sink = new IssueSink("f.json", new SourceMap());

  private Optional<JsonNode> parse(JsonDialect dialect, String text) {
    return JsonNodeBuilder.parse(text, dialect, sink);
  }

  @Test
  void shouldRecordValueAndKeyPositionsForEveryNode() {
    JsonNode root =
        parse(
                JsonDialect.JSONC,
                "{\r\n  // c\r\n  \"a/b\": [1, {\"x~\": true}],\n\t\"s\": \"\\u0041\\n\"\n}")
            .orElseThrow();

    assertThat(root.path("s").stringValue()).isEqualTo("A\n");
    assertThat(pos(sink.map().keyPosition("/a~1b"))).isEqualTo("3:3");
    assertThat(pos(sink.map().valuePosition("/a~1b/1/x~0"))).isEqualTo("3:21");
    assertThat(pos(sink.map().valuePosition("/s"))).isEqualTo("4:7");
    assertThat(pos(sink.map().valuePosition("/missing/deeper"))).isEqualTo("1:1");
    assertThat(sink.issues()).isEmpty();
  }

  @Test
  void shouldKeepNumberTypesAndRejectLeadingZeros() {
    JsonNode root =
        parse(JsonDialect.STRICT, "[0, -1, 2147483648, 123456789012345678901, 0.8, 1e3]")
            .orElseThrow();

    assertThat(root.get(0).isInt()).isTrue();
    assertThat(root.get(2).isLong()).isTrue();
    assertThat(root.get(3).isBigInteger()).isTrue();
    assertThat(root.get(4).doubleValue()).isEqualTo(0.8);
    assertThat(parse(JsonDialect.STRICT, "[01]")).isEmpty();
    assertThat(sink.issues().get(0).toString())
        .isEqualTo(
            "f.json:1:2: error [syntax] Invalid"
                + " number; JSON numbers are decimal without leading zeros, so write it as a plain number"
                + " or quote it as a string.");
  }

  @Test
  void shouldWarnAboutDuplicateKeysAndKeepTheLast() {
    JsonNode root = parse(JsonDialect.JSONC, "{\"a\": 1, \"a\": 2}").orElseThrow();

    assertThat(root.path("a").intValue()).isEqualTo(2);
    assertThat(sink.issues())
        .singleElement()
        .hasToString(
            "f.json:1:10: warning [duplicate-key]"
                + " Property \"a\" appears twice in this object and only the last one counts; delete the"
                + " other.");
  }

  @Test
  void shouldRejectTrailingCommaAndSingleQuotesInStrictJson() {
    assertThat(parse(JsonDialect.STRICT, "{\"a\": [1,]}")).isEmpty();
    assertThat(parse(JsonDialect.STRICT, "{\"a\": 'x'}")).isEmpty();
    assertThat(parse(JsonDialect.JSONC, "{\"a\": [1,],}")).isPresent();

    assertThat(sink.issues())
        .extracting(Object::toString)
        .containsExactly(
            "f.json:1:9: error [syntax] Trailing comma before ']'; remove it, this file must be strict"
                + " JSON.",
            "f.json:1:7: error [syntax] Expected a value but found '''; JSON strings need double"
                + " quotes.");
  }

  @Test
  void shouldReportUnterminatedStringsAndComments() {
    assertThat(parse(JsonDialect.JSONC, "{\"a\": \"x\n\"}")).isEmpty();
    assertThat(parse(JsonDialect.JSONC, "{} /* open")).isEmpty();

    assertThat(sink.issues())
        .extracting(Object::toString)
        .containsExactly(
            "f.json:1:7: error [syntax] Unterminated string; add the closing '\"' before the end of"
                + " the line, or write a line break as \\n.",
            "f.json:1:4: error [syntax] Unterminated block comment; close it with */.");
  }

  private static String pos(long packed) {
    return SourceMap.line(packed) + ":" + SourceMap.column(packed);
  }
}
