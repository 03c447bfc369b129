package io.github.gocrossbuild.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests for {@link JsoncMerge}: edits in place, in the style of the file. */
class JsoncMergeTest {
  private static final String M = JsoncMerge.MARKER;

  private static JsonDoc tags(String value) {
    return new JsonDoc(List.of(new JsonDoc.Member("go.buildTags", value, true)), true);
  }

  private static JsonDoc task(String label, String command) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("label", label);
    t.put("command", command);
    return new JsonDoc(List.of(new JsonDoc.Items("tasks", "label", List.of(t))), true);
  }

  @Test
  void shouldWriteANewFileThroughTheSameEdits() {
    assertThat(tags("netgo").render())
        .isEqualTo("{\n  " + M + "\n  \"go.buildTags\": \"netgo\"\n}\n");
  }

  @Test
  void shouldFillAnEmptyObjectOrArrayWithTheFilesIndentation() {
    assertThat(JsoncMerge.apply("f", "{\n\t\"tasks\": []\n}", task("b", "go")).text())
        .isEqualTo(
            "{\n\t\"tasks\": [\n\t\t"
                + M
                + "\n\t\t{\n\t\t\t\"label\": \"b\",\n\t\t\t\"command\": \"go\"\n\t\t}\n\t]\n}");
  }

  @Test
  void shouldKeepWindowsLineEndings() {
    String merged = JsoncMerge.apply("f", "{\r\n  \"a\": 1\r\n}\r\n", tags("x")).text();

    assertThat(merged)
        .isEqualTo("{\r\n  \"a\": 1,\r\n  " + M + "\r\n  \"go.buildTags\": \"x\"\r\n}\r\n");
  }

  @Test
  void shouldInsertBeforeACommentInAnOtherwiseEmptyObject() {
    String merged = JsoncMerge.apply("f", "{ // nothing yet\n}", tags("x")).text();

    assertThat(merged).isEqualTo("{\n  " + M + "\n  \"go.buildTags\": \"x\" // nothing yet\n}");
  }

  @Test
  void shouldUpdateAMarkedMemberAndLeaveAnUnmarkedOneAlone() {
    String marked = "{\n  " + M + "\n  \"go.buildTags\": \"old\" /* keep */\n}";
    String unmarked = "{\n  \"go.buildTags\": \"mine\"\n}";

    JsoncMerge.Result updated = JsoncMerge.apply("f", marked, tags("new"));
    JsoncMerge.Result kept = JsoncMerge.apply("f", unmarked, tags("new"));

    assertThat(updated.text()).isEqualTo(marked.replace("\"old\"", "\"new\""));
    assertThat(updated.conflicts()).isEmpty();
    assertThat(kept.text()).isEqualTo(unmarked);
    assertThat(kept.conflicts())
        .containsExactly(
            "\"go.buildTags\" differs from the generated value; the file's value is left as it"
                + " is");
  }

  @Test
  void shouldTreatAnEqualValueWrittenDifferentlyAsUnchanged() {
    String text = "{\"tasks\":[{\"command\":\"go\",\"label\":\"b\"}]}";

    JsoncMerge.Result r = JsoncMerge.apply("f", text, task("b", "go"));

    assertThat(r.text()).isEqualTo(text);
    assertThat(r.conflicts()).isEmpty();
  }

  @Test
  void shouldReportATopLevelValueThatIsNotAnObject() {
    JsoncMerge.Result r = JsoncMerge.apply("f", "[1]", tags("x"));

    assertThat(r.text()).isEqualTo("[1]");
    assertThat(r.conflicts())
        .containsExactly("the top-level value is not an object; left as it is");
  }

  @Test
  void shouldReportATasksMemberThatIsNotAnArray() {
    JsoncMerge.Result r = JsoncMerge.apply("f", "{\"tasks\": {}}", task("b", "go"));

    assertThat(r.text()).isEqualTo("{\"tasks\": {}}");
    assertThat(r.conflicts()).containsExactly("\"tasks\" is not an array; left as it is");
  }

  @Test
  void shouldSkipStringsAndCommentsHoldingBracketsWhenFindingTheEnd() {
    String text = "{\"x\": {\"s\": \"}]\\\"\", /* } */ \"t\": 1} // }\n}";

    String merged = JsoncMerge.apply("f", text, tags("x")).text();

    assertThat(merged).startsWith(text.substring(0, text.indexOf(" // }")) + ",");
    assertThat(merged).endsWith(" // }\n  " + M + "\n  \"go.buildTags\": \"x\"\n}");
  }

  @Test
  void shouldMergeIntoAFileThatStartsWithAByteOrderMark() {
    String merged = JsoncMerge.apply("f", "\uFEFF{\n  \"a\": 1, // one\n}", tags("x")).text();

    assertThat(merged)
        .isEqualTo("\uFEFF{\n  \"a\": 1, // one\n  " + M + "\n  \"go.buildTags\": \"x\",\n}");
    // The object starts after the mark: an offset taken from line and column lands on the mark.
    assertThat(JsoncMerge.apply("f", "\uFEFF{}", tags("x")).text())
        .isEqualTo("\uFEFF{\n  " + M + "\n  \"go.buildTags\": \"x\"\n}");
  }
}
