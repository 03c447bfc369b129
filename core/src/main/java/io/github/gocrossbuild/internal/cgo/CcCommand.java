package io.github.gocrossbuild.internal.cgo;

import java.util.ArrayList;
import java.util.List;

/** Splits a {@code CC} value into argv the way Go does ({@code cmd/internal/quoted.Split}). */
public final class CcCommand {

  private CcCommand() {}

  /**
   * Splits a command string: words separated by white space, a word that starts with a single or
   * double quote runs to the matching quote.
   *
   * @param s e.g. {@code zig cc -target aarch64-linux-gnu} or {@code '/opt/my cc/gcc' -m64}
   * @return the words
   * @throws IllegalArgumentException on an unterminated quote
   */
  public static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"') {
        int end = s.indexOf(c, i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated " + c + " quote in " + s);
        }
        out.add(s.substring(i + 1, end));
        i = end + 1;
      } else {
        int end = i;
        while (end < n && !Character.isWhitespace(s.charAt(end))) {
          end++;
        }
        out.add(s.substring(i, end));
        i = end;
      }
    }
    return out;
  }
}
