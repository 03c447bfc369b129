package io.github.gocrossbuild.ssh.internal.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One line of an ssh config file split as OpenSSH's {@code argv_split} does: a keyword (before
 * white space or one {@code =}), then words separated by blanks, with {@code "..."} and {@code
 * '...'} quoting, {@code \"}, {@code \'}, {@code \\} and {@code \ } escapes, and a word starting
 * with {@code #} ending the line.
 *
 * @param keyword the keyword as written
 * @param args the words after it; never empty
 * @param file the file
 * @param line the 1-based line number
 */
public record ConfigLine(String keyword, List<String> args, Path file, int line) {

  /**
   * Returns the keyword in lower case, the form OpenSSH matches.
   *
   * @return e.g. {@code proxyjump}
   */
  public String key() {
    return keyword.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns where the line is, for messages.
   *
   * @return {@code file line N}
   */
  public String where() {
    return file + " line " + line;
  }

  /**
   * Splits one line.
   *
   * @param text the line without its end-of-line
   * @param file the file, for errors
   * @param line the 1-based line number
   * @param alias the alias being resolved, for errors
   * @return the line, or empty for a blank or comment line
   * @throws io.github.gocrossbuild.ssh.SshConfigException on unbalanced quotes or a keyword without
   *     argument
   */
  public static Optional<ConfigLine> parse(String text, Path file, int line, String alias) {
    String s = text.strip();
    if (s.isEmpty() || s.startsWith("#")) {
      return Optional.empty();
    }
    int end = 0;
    while (end < s.length() && !isBlank(s.charAt(end)) && s.charAt(end) != '=') {
      end++;
    }
    String keyword = s.substring(0, end);
    int i = end;
    while (i < s.length() && isBlank(s.charAt(i))) {
      i++;
    }
    if (i < s.length() && s.charAt(i) == '=') {
      i++;
    }
    List<String> args = split(s.substring(i), file, line, keyword, alias);
    if (keyword.isEmpty() || args.isEmpty()) {
      String k = keyword.isEmpty() ? "=" : keyword;
      throw ConfigErrors.at(
          alias,
          file,
          line,
          k,
          "\"%s\" has no argument; write the keyword, then its value (e.g. `Port 22`)",
          k);
    }
    return Optional.of(new ConfigLine(keyword, List.copyOf(args), file, line));
  }

  private static List<String> split(String s, Path file, int line, String keyword, String alias) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (true) {
      while (i < s.length() && isBlank(s.charAt(i))) {
        i++;
      }
      if (i >= s.length() || s.charAt(i) == '#') {
        return out;
      }
      StringBuilder arg = new StringBuilder();
      char quote = 0;
      for (; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\\' && i + 1 < s.length() && escapable(s.charAt(i + 1), quote)) {
          arg.append(s.charAt(++i));
        } else if (quote == 0 && isBlank(c)) {
          break;
        } else if (quote == 0 && (c == '"' || c == '\'')) {
          quote = c;
        } else if (quote != 0 && c == quote) {
          quote = 0;
        } else {
          arg.append(c);
        }
      }
      if (quote != 0) {
        throw ConfigErrors.at(
            alias,
            file,
            line,
            keyword,
            "invalid quotes: a %s is not closed; close it or escape it with a backslash",
            quote == '"' ? "double quote" : "single quote");
      }
      out.add(arg.toString());
    }
  }

  private static boolean escapable(char next, char quote) {
    return next == '\'' || next == '"' || next == '\\' || (quote == 0 && next == ' ');
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f';
  }
}
