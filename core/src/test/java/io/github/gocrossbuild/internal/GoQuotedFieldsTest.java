package io.github.gocrossbuild.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link GoQuotedFields}, with the cases of Go's {@code quoted_test.go}. */
class GoQuotedFieldsTest {

  @Test
  void shouldSplitLikeGo() {
    assertThat(GoQuotedFields.split("zig cc -target aarch64-linux-gnu"))
        .containsExactly("zig", "cc", "-target", "aarch64-linux-gnu");
    assertThat(GoQuotedFields.split("'/opt/my cc/gcc'  \"--sysroot=/a b\""))
        .containsExactly("/opt/my cc/gcc", "--sysroot=/a b");
    assertThat(GoQuotedFields.split("'-ldflags=-s -w' -trimpath"))
        .containsExactly("-ldflags=-s -w", "-trimpath");
  }

  @Test
  void shouldReturnNoWordsForABlankValue() {
    assertThat(GoQuotedFields.split("")).isEmpty();
    assertThat(GoQuotedFields.split(" \t\r\n ")).isEmpty();
  }

  @Test
  void shouldSplitAtGoSpacesOnly() {
    assertThat(GoQuotedFields.split("a\tb\nc\rd  e")).containsExactly("a", "b", "c", "d", "e");
    // Go's isSpaceByte knows four characters; a form feed or no-break space is part of a word.
    assertThat(GoQuotedFields.split("a\fb c\u00a0d")).containsExactly("a\fb", "c\u00a0d");
  }

  @Test
  void shouldTreatAQuoteInsideAWordAsAnOrdinaryCharacter() {
    assertThat(GoQuotedFields.split("-ldflags='-s -w'")).containsExactly("-ldflags='-s", "-w'");
    assertThat(GoQuotedFields.split("a\"b c")).containsExactly("a\"b", "c");
  }

  @Test
  void shouldKeepTheOtherQuoteAndBackslashesInsideAQuotedWord() {
    assertThat(GoQuotedFields.split("'a \"b\" c' \"it's\"")).containsExactly("a \"b\" c", "it's");
    assertThat(GoQuotedFields.split("'C:\\Program Files\\cc' \\'x"))
        .containsExactly("C:\\Program Files\\cc", "\\'x");
  }

  @Test
  void shouldStartANewWordRightAfterAClosingQuote() {
    assertThat(GoQuotedFields.split("'a'b \"\" ''")).containsExactly("a", "b", "", "");
  }

  @Test
  void shouldRejectAnUnterminatedQuote() {
    assertThatThrownBy(() -> GoQuotedFields.split("'gcc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unterminated ' quote in 'gcc");
    assertThatThrownBy(() -> GoQuotedFields.split("-x \"-y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unterminated \" quote in -x \"-y");
    assertThatThrownBy(() -> GoQuotedFields.split("'-x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldQuoteAWordOnlyWhenItNeedsIt() {
    assertThat(GoQuotedFields.quote("-m64")).isEqualTo("-m64");
    assertThat(GoQuotedFields.quote("/opt/my cc/gcc")).isEqualTo("'/opt/my cc/gcc'");
    assertThat(GoQuotedFields.quote("main.v=it's")).isEqualTo("\"main.v=it's\"");
    assertThat(GoQuotedFields.quote("say \"hi\"")).isEqualTo("'say \"hi\"'");
    assertThatThrownBy(() -> GoQuotedFields.quote("it's \"x\""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("it's \"x\" contains both single and double quotes and cannot be quoted");
  }

  @Test
  void shouldSplitWhatItQuotedIntoTheSameWords() {
    List<String> words = List.of("/opt/my cc/gcc", "it's", "a\tb", "\"q\"", "", "-x");
    String joined = String.join(" ", words.stream().map(GoQuotedFields::quote).toList());
    // An empty word quotes to itself and so disappears, as with Go's Join.
    assertThat(GoQuotedFields.split(joined))
        .containsExactly("/opt/my cc/gcc", "it's", "a\tb", "\"q\"", "-x");
  }
}
