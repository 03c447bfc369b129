package io.github.gocrossbuild.internal.jsonc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.internal.jsonc.JsonRender.Rendered;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests for {@link JsonRender}: layout, and values rendered ahead of time spliced in. */
class JsonRenderTest {
  private static Map<String, Object> document(Object inner, Object item) {
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("a", Map.of("inner", inner));
    outer.put("list", List.of(item, Map.of("k", "v")));
    return outer;
  }

  private static Map<String, Object> inner() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("s", "q\"uote");
    m.put("n", 3);
    m.put("words", List.of("x", "y"));
    return m;
  }

  @Test
  void writesIndentedJsonWithShortArraysOnOneLine() {
    assertThat(JsonRender.render(document(inner(), "i"), "", "  "))
        .isEqualTo(
            "{\n"
                + "  \"a\": {\n"
                + "    \"inner\": {\n"
                + "      \"s\": \"q\\\"uote\",\n"
                + "      \"n\": 3,\n"
                + "      \"words\": [\"x\", \"y\"]\n"
                + "    }\n"
                + "  },\n"
                + "  \"list\": [\n"
                + "    \"i\",\n"
                + "    {\n"
                + "      \"k\": \"v\"\n"
                + "    }\n"
                + "  ]\n"
                + "}");
  }

  @Test
  void aValueRenderedForItsPlaceIsSplicedAsIfRenderedInPlace() {
    String inOnePass = JsonRender.render(document(inner(), inner()), "", "  ");

    String spliced =
        JsonRender.render(
            document(Rendered.of(inner(), "    ", "  "), Rendered.of(inner(), "    ", "  ")),
            "",
            "  ");

    assertThat(spliced).isEqualTo(inOnePass);
  }

  @Test
  void aValueRenderedForAnotherIndentationIsRefusedNotMisaligned() {
    Map<String, Object> doc = document(Rendered.of(inner(), "  ", "  "), "i");

    assertThatThrownBy(() -> JsonRender.render(doc, "", "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a value rendered for indentation 2 is placed at indentation 4");
  }

  @Test
  void aListOfRenderedValuesIsNeverPutOnOneLine() {
    String out = JsonRender.render(List.of(Rendered.of("x", "  ", "  ")), "", "  ");

    assertThat(out).isEqualTo("[\n  \"x\"\n]");
  }
}
