package io.github.gocrossbuild.internal.binary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link GoQuote}: Go's {@code strconv} quoting. */
class GoQuoteTest {

  private static String unquote(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    byte[] v = GoQuote.unquote(b, 0, b.length);
    return v == null ? null : new String(v, StandardCharsets.UTF_8);
  }

  @Test
  void shouldUnquoteLikeStrconv() {
    assertThat(unquote("\"a b\"")).isEqualTo("a b");
    assertThat(unquote("`a\r\nb`")).isEqualTo("a\nb");
    assertThat(unquote("\"\\t\\n\\x7f\"")).isEqualTo("\t\n\u007f");
    assertThat(unquote("\"a\" ")).isNull();
    assertThat(unquote("\"a")).isNull();
    assertThat(unquote("\"a\nb\"")).isNull();
    assertThat(unquote("\"\\'\"")).isNull();
    assertThat(unquote("\"\\400\"")).isNull();
    assertThat(unquote("\"\\ud800\"")).isNull();
  }

  @Test
  void shouldFindQuotedPrefix() {
    byte[] b = "\"k=v\"=rest".getBytes(StandardCharsets.UTF_8);

    assertThat(GoQuote.quotedPrefix(b, 0, b.length)).isEqualTo(5);
  }

  @Test
  void shouldQuoteLikeStrconv() {
    assertThat(GoQuote.quote("-s -w")).isEqualTo("\"-s -w\"");
    assertThat(GoQuote.quote("a\"b\\c\td\u0001é")).isEqualTo("\"a\\\"b\\\\c\\td\\x01é\"");
    assertThat(GoQuote.keyNeedsQuote("a=b")).isTrue();
    assertThat(GoQuote.valueNeedsQuote("a=b")).isFalse();
    assertThat(GoQuote.valueNeedsQuote("a`b")).isTrue();
  }

  @Test
  void shouldDecideQuotingOnBytesAsOnTheDecodedText() {
    for (String v : List.of("a=b", "a`b", "é x", "\u00e9\u4e16", "tab\there", "", "x\"", "ok")) {
      byte[] utf8 = ("[" + v + "]").getBytes(StandardCharsets.UTF_8);
      assertThat(GoQuote.valueNeedsQuote(utf8, 1, utf8.length - 1))
          .as(v)
          .isEqualTo(GoQuote.valueNeedsQuote(v));
    }
    byte[] space = " x".getBytes(StandardCharsets.UTF_8);
    assertThat(GoQuote.valueNeedsQuote(space, 1, 2)).isFalse();
    assertThat(GoQuote.valueNeedsQuote(space, 0, 2)).isTrue();
  }
}
