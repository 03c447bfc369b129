package io.github.gocrossbuild.internal.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.binary.GoBuildInfo;
import io.github.gocrossbuild.binary.GoModule;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Tests for {@link ModInfoParser}, with texts shaped like {@code runtime/debug} writes them. */
class ModInfoParserTest {

  private static GoBuildInfo parse(String text) {
    return ModInfoParser.parse("go1.23.5", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shouldParsePathModulesReplacementsAndQuotedSettings() {
    GoBuildInfo info =
        parse(
            "path\texample.com/app\n"
                + "mod\texample.com/app\t(devel)\t\n"
                + "dep\tgolang.org/x/sys\tv0.20.0\th1:abc=\n"
                + "dep\texample.com/lib\tv1.0.0\n"
                + "=>\t../lib\t(devel)\t\n"
                + "build\t-ldflags=\"-s -w -X main.v=1\"\n"
                + "build\t\"we\\tird=key\"=`raw value`\n"
                + "build\tCGO_ENABLED=0\n"
                + "build\tGOARM=7,hardfloat\n"
                + "build\tempty=\n"
                + "unknown line is ignored\n"
                + "build\tlast=line without newline is ignored");

    assertThat(info.goVersion()).isEqualTo("go1.23.5");
    assertThat(info.path()).isEqualTo("example.com/app");
    assertThat(info.main()).contains(GoModule.of("example.com/app", "(devel)", ""));
    assertThat(info.deps())
        .containsExactly(
            GoModule.of("golang.org/x/sys", "v0.20.0", "h1:abc="),
            GoModule.builder()
                .path("example.com/lib")
                .version("v1.0.0")
                .replace(GoModule.of("../lib", "(devel)", ""))
                .build());
    assertThat(info.settings())
        .containsExactly(
            org.assertj.core.api.Assertions.entry("-ldflags", "-s -w -X main.v=1"),
            org.assertj.core.api.Assertions.entry("we\tird=key", "raw value"),
            org.assertj.core.api.Assertions.entry("CGO_ENABLED", "0"),
            org.assertj.core.api.Assertions.entry("GOARM", "7,hardfloat"),
            org.assertj.core.api.Assertions.entry("empty", ""));
    assertThat(info.toString())
        .contains("\tbuild\t\"we\\tird=key\"=\"raw value\"\n")
        .contains("\tdep\texample.com/lib\tv1.0.0\t\n\t=>\t../lib\t(devel)\t\n");
  }

  @Test
  void shouldDecodeGoEscapes() {
    GoBuildInfo info = parse("build\tk=\"\\x41\\101\\u00e9\\U0001F600\\a\\\\\\\"\"\n");

    assertThat(info.setting("k")).contains("AAé😀\u0007\\\"");
  }

  @Test
  void shouldRejectWhatParseBuildInfoRejects() {
    assertThatThrownBy(() -> parse("build\t=v\n"))
        .hasMessage("could not parse Go build info: line 1: build line with missing key");
    assertThatThrownBy(() -> parse("path\tx\nbuild\tnovalue\n"))
        .hasMessage("could not parse Go build info: line 2: build line missing '=' after key");
    assertThatThrownBy(() -> parse("build\tk=a b\n"))
        .hasMessage("could not parse Go build info: line 1: unquoted value \"a b\" must be quoted");
    assertThatThrownBy(() -> parse("build\tk=\"\\q\"\n"))
        .hasMessage("could not parse Go build info: line 1: invalid quoted value in build line");
    assertThatThrownBy(() -> parse("build\t\"k\"x\n"))
        .hasMessage(
            "could not parse Go build info: line 1: unexpected character after quoted key: 'x'");
    assertThatThrownBy(() -> parse("=>\ta\tb\tc\n"))
        .hasMessage(
            "could not parse Go build info: line 1: replacement with no module on previous line");
    assertThatThrownBy(() -> parse("dep\tonly-path\n"))
        .hasMessage("could not parse Go build info: line 1: expected 2 or 3 columns; got 1");
    assertThatThrownBy(() -> parse("mod\ta\tb\n=>\ta\tb\n"))
        .hasMessage(
            "could not parse Go build info: line 2: expected 3 columns for replacement; got 2");
  }
}
