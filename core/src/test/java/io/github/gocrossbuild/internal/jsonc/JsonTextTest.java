package io.github.gocrossbuild.internal.jsonc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.config.ConfigParseException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Tests for {@link JsonText}. */
class JsonTextTest {

  @Test
  void shouldReadGoEnvJsonAsStrings() {
    Map<String, String> env =
        JsonText.stringMembers(
            "go env -json",
            "{\n\t\"AR\": \"ar\",\n\t\"CGO_ENABLED\": \"1\",\n\t\"GOFLAGS\": \"\",\n"
                + "\t\"GOROOT\": \"C:\\\\Program Files\\\\Go\",\n\t\"N\": 3, \"B\": true,"
                + " \"Z\": null\n}\n");

    assertThat(env)
        .containsExactly(
            Map.entry("AR", "ar"),
            Map.entry("CGO_ENABLED", "1"),
            Map.entry("GOFLAGS", ""),
            Map.entry("GOROOT", "C:\\Program Files\\Go"),
            Map.entry("N", "3"),
            Map.entry("B", "true"),
            Map.entry("Z", ""));
  }

  @Test
  void shouldRefuseTextThatIsNotAFlatObject() {
    assertThatThrownBy(() -> JsonText.stringMembers("go env -json", "go: unknown flag -json"))
        .isInstanceOf(ConfigParseException.class)
        .hasMessageContaining("go env -json");
    assertThatThrownBy(() -> JsonText.stringMembers("go env -json", "[1]"))
        .isInstanceOf(ConfigParseException.class)
        .hasMessageContaining("expected a JSON object");
    assertThatThrownBy(() -> JsonText.stringMembers("go env -json", "{\"A\": {\"B\": 1}}"))
        .isInstanceOf(ConfigParseException.class)
        .hasMessageContaining("member \"A\" is not a scalar");
  }

  @Test
  void shouldQuoteStringsSoThatAnIndependentParserReadsThemBack() {
    List<String> hostile =
        List.of(
            "plain",
            "quote \" and backslash \\",
            "tab\tnewline\nreturn\r",
            "\u0000\u0001\u001f control",
            "line sep \u2028 para \u2029",
            "unicode é 中 😀",
            "$(touch /tmp/x) `id`; it's");
    for (String s : hostile) {
      String literal = JsonText.quote(s);

      assertThat(JsonMapper.builder().build().readTree(literal).stringValue()).isEqualTo(s);
      assertThat(JsoncTree.read("t", literal, JsoncSyntax.JSON)).isEqualTo(s);
    }
  }

  @Test
  void shouldCutGoEnvJsonOutOfCombinedOutput() {
    String json = "{\n\t\"GOFLAGS\": \"-x\",\n\t\"GOOS\": \"linux\"\n}";

    assertThat(JsonText.goEnvObject(json + "\n")).isEqualTo(json);
    assertThat(JsonText.goEnvObject("WORK=/tmp/go-build123\n" + json + "\nrm -r $WORK\n"))
        .isEqualTo(json);
    assertThat(JsonText.goEnvObject("WORK=/tmp/w\r\n" + json.replace("\n", "\r\n") + "\r\n"))
        .isEqualTo(json);
    assertThat(JsonText.stringMembers("go env -json", JsonText.goEnvObject("x\n" + json)))
        .containsEntry("GOOS", "linux");
    assertThat(JsonText.goEnvObject("go: unknown flag -json\n"))
        .isEqualTo("go: unknown flag -json\n");
    assertThat(JsonText.goEnvObject("{\n\t\"A\": \"}\"\n")).isEqualTo("{\n\t\"A\": \"}\"\n");
  }
}
