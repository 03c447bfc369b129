package io.github.gocrossbuild.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests for {@link JsoncMerge}: edits in place, in the style of the file. */
class JsoncMergeTest {
  private static final String M = JsoncMerge.MARKER;
  private static final String F = JsoncMerge.FILE_MARKER + "\"go.buildTags\".";

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
        .isEqualTo("{\n  " + F + "\n  \"go.buildTags\": \"netgo\"\n}\n");
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
        .isEqualTo("{\r\n  " + F + "\r\n  \"a\": 1,\r\n  \"go.buildTags\": \"x\"\r\n}\r\n");
  }

  @Test
  void shouldInsertBeforeACommentInAnOtherwiseEmptyObject() {
    String merged = JsoncMerge.apply("f", "{ // nothing yet\n}", tags("x")).text();

    assertThat(merged).isEqualTo("{\n  " + F + "\n  \"go.buildTags\": \"x\" // nothing yet\n}");
  }

  @Test
  void shouldUpdateAMarkedMemberAndLeaveAnUnmarkedOneAlone() {
    String marked = "{\n  " + M + "\n  \"go.buildTags\": \"old\" /* keep */\n}";
    String unmarked = "{\n  \"go.buildTags\": \"mine\"\n}";

    JsoncMerge.Result updated = JsoncMerge.apply("f", marked, tags("new"));
    JsoncMerge.Result kept = JsoncMerge.apply("f", unmarked, tags("new"));

    // A member marked the way earlier versions did it moves under the one file marker.
    assertThat(updated.text())
        .isEqualTo("{\n  " + F + "\n  \"go.buildTags\": \"new\" /* keep */\n}");
    assertThat(JsoncMerge.apply("f", updated.text(), tags("newer")).text())
        .isEqualTo("{\n  " + F + "\n  \"go.buildTags\": \"newer\" /* keep */\n}");
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

    assertThat(merged)
        .isEqualTo(
            "{\n  "
                + F
                + "\n  "
                + text.substring(1, text.indexOf(" // }"))
                + ", // }\n  \"go.buildTags\": \"x\"\n}");
  }

  @Test
  void shouldMergeIntoAFileThatStartsWithAByteOrderMark() {
    String merged = JsoncMerge.apply("f", "\uFEFF{\n  \"a\": 1, // one\n}", tags("x")).text();

    assertThat(merged)
        .isEqualTo("\uFEFF{\n  " + F + "\n  \"a\": 1, // one\n  \"go.buildTags\": \"x\",\n}");
    // The object starts after the mark: an offset taken from line and column lands on the mark.
    assertThat(JsoncMerge.apply("f", "\uFEFF{}", tags("x")).text())
        .isEqualTo("\uFEFF{\n  " + F + "\n  \"go.buildTags\": \"x\"\n}");
  }

  @Test
  void shouldNameEveryOwnedMemberInOneMarkerAndLeaveTheUsersAlone() {
    JsonDoc two =
        new JsonDoc(
            List.of(
                new JsonDoc.Member("go.buildTags", "netgo", true),
                new JsonDoc.Member(
                    "gopls", Map.of("build.buildFlags", List.of("-tags=netgo")), true)),
            true);
    String user = "{\n  \"editor.tabSize\": 4,\n  \"gopls\": {}\n}";

    JsoncMerge.Result r = JsoncMerge.apply("f", user, two);

    assertThat(r.text())
        .isEqualTo(
            "{\n  "
                + JsoncMerge.FILE_MARKER
                + "\"go.buildTags\".\n  \"editor.tabSize\": 4,\n  \"gopls\": {},\n"
                + "  \"go.buildTags\": \"netgo\"\n}");
    assertThat(r.conflicts())
        .containsExactly(
            "\"gopls\" differs from the generated value; the file's value is left as it is");
    assertThat(r.text().split("Written by GoCrossBuild", -1)).hasSize(2);
  }

  @Test
  void shouldPutTheMarkerOnItsOwnLineInAOneLineFile() {
    String merged = JsoncMerge.apply("f", "{\"a\": 1}", tags("x")).text();

    assertThat(merged).isEqualTo("{\n  " + F + "\n  \"a\": 1,\n  \"go.buildTags\": \"x\"}");
  }

  private static JsonDoc owned(String... keys) {
    List<JsonDoc.Entry> entries = new java.util.ArrayList<>();
    for (String k : keys) {
      entries.add(new JsonDoc.Member(k, k.toUpperCase(java.util.Locale.ROOT), true));
    }
    return new JsonDoc(entries, true);
  }

  @Test
  void shouldDropAMemberAnEarlierVersionWroteAndNoLongerGenerates() {
    String legacy =
        "{\n  "
            + M
            + "\n  \"name\": \"NAME\",\n  "
            + M
            + "\n  \"runArgs\": [\"--platform=linux/arm64\"],\n  \"mine\": 1,\n  "
            + M
            + "\n  \"user\": \"USER\"\n}";

    JsoncMerge.Result r = JsoncMerge.apply("f", legacy, owned("name", "user"));

    assertThat(r.text())
        .isEqualTo(
            "{\n  "
                + JsoncMerge.FILE_MARKER
                + "\"name\", \"user\".\n  \"name\": \"NAME\",\n  \"mine\": 1,\n"
                + "  \"user\": \"USER\"\n}");
    assertThat(r.conflicts()).isEmpty();
    assertThat(JsoncMerge.apply("f", r.text(), owned("name", "user")).text()).isEqualTo(r.text());
  }

  @Test
  void shouldDropTheLastOwnedMemberWithTheCommaBeforeIt() {
    String text =
        "{\n  "
            + JsoncMerge.FILE_MARKER
            + "\"a\", \"b\".\n  \"a\": \"A\", // one\n  \"b\": \"B\"\n}";

    String merged = JsoncMerge.apply("f", text, owned("a")).text();

    assertThat(merged)
        .isEqualTo("{\n  " + JsoncMerge.FILE_MARKER + "\"a\".\n  \"a\": \"A\" // one\n}");
  }

  @Test
  void shouldLeaveAUsersUnmarkedMemberThatIsNotGenerated() {
    String text = "{\n  \"runArgs\": [\"--privileged\"],\n  \"a\": \"old\"\n}";

    String merged = JsoncMerge.apply("f", text, owned("b")).text();

    assertThat(merged)
        .isEqualTo(
            "{\n  "
                + JsoncMerge.FILE_MARKER
                + "\"b\".\n  \"runArgs\": [\"--privileged\"],\n  \"a\": \"old\",\n"
                + "  \"b\": \"B\"\n}");
  }
}
