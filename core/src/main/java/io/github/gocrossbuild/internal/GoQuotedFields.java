package io.github.gocrossbuild.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists of words the way the {@code go} command reads and writes them ({@code cmd/internal/quoted},
 * used for {@code GOFLAGS}, {@code CC}, {@code CXX}, {@code -ldflags} and {@code -toolexec}).
 * Splitting: words are separated by space, tab, carriage return or line feed; a word that starts
 * with {@code '} or {@code "} runs to the next same quote, which is removed. There are no escapes,
 * and a quote anywhere but at the start of a word is an ordinary character, so {@code -ldflags='-s
 * -w'} is two words, {@code -ldflags='-s} and {@code -w'}. Quoting is the inverse: a word with a
 * space or a quote is wrapped in the quote it does not contain.
 *
 * <pre>{@code
 * GoQuotedFields.split("'/opt/my cc/gcc' -m64");   // [/opt/my cc/gcc, -m64]
 * GoQuotedFields.quote("main.v=it's");             // "main.v=it's" in double quotes
 * }</pre>
 */
public final class GoQuotedFields {

  private GoQuotedFields() {}

  /**
   * Splits a value into words.
   *
   * @param s e.g. {@code zig cc -target aarch64-linux-gnu} or {@code '-ldflags=-s -w' -trimpath}
   * @return the words, quotes removed; empty for a blank value
   * @throws IllegalArgumentException on an unterminated quote, naming the quote and the value
   */
  public static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (true) {
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      if (i >= n) {
        return out;
      }
      char c = s.charAt(i);
      if (c == '\'' || c == '"') {
        int end = s.indexOf(c, i + 1);
        if (end < 0) {
          throw new IllegalArgumentException(String.format("unterminated %c quote in %s", c, s));
        }
        out.add(s.substring(i + 1, end));
        i = end + 1;
      } else {
        int end = i;
        while (end < n && !isSpace(s.charAt(end))) {
          end++;
        }
        out.add(s.substring(i, end));
        i = end;
      }
    }
  }

  /** Go's {@code isSpaceByte}: only these four, not every Unicode space. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /**
   * Quotes one word so that {@link #split(String)} gives it back whole ({@code quoted.Join}).
   *
   * @param word e.g. {@code /opt/my cc/gcc}
   * @return the word as it is when it has no space or quote, else in single quotes, or in double
   *     quotes when it contains a single quote
   * @throws IllegalArgumentException when the word contains both quote kinds, which Go cannot pass
   */
  public static String quote(String word) {
    boolean space = false;
    boolean single = false;
    boolean dbl = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (isSpace(c)) {
        space = true;
      } else if (c == '\'') {
        single = true;
      } else if (c == '"') {
        dbl = true;
      }
    }
    if (!space && !single && !dbl) {
      return word;
    }
    if (!single) {
      return "'" + word + "'";
    }
    if (!dbl) {
      return "\"" + word + "\"";
    }
    throw new IllegalArgumentException(
        String.format("%s contains both single and double quotes and cannot be quoted", word));
  }
}
