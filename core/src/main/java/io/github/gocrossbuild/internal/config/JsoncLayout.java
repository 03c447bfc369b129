package io.github.gocrossbuild.internal.config;

/**
 * The layout of a JSONC text around the offsets {@link JsoncSpans} reports: indentation and line
 * ends, so that {@link JsoncMerge} writes new entries in the file's own style.
 */
final class JsoncLayout {

  private JsoncLayout() {}

  /** The unit of indentation the text uses: a tab, or its first indentation in spaces. */
  static String indentUnit(String text) {
    for (String line : text.split("\r\n|\r|\n")) {
      if (line.startsWith("\t")) {
        return "\t";
      }
      int n = line.length() - line.stripLeading().length();
      if (n > 0 && !line.isBlank()) {
        return " ".repeat(Math.min(n, 8));
      }
    }
    return "  ";
  }

  /** The end of the line when only whitespace or a line comment follows {@code i}, else i. */
  static int endOfLineIfOnlyComment(String text, int i) {
    int eol = i;
    while (eol < text.length() && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
      eol++;
    }
    String rest = text.substring(i, eol).strip();
    return rest.isEmpty() || (rest.startsWith("//") && eol < text.length()) ? eol : i;
  }

  /** Whether only whitespace precedes offset {@code i} on its line. */
  static boolean leadsLine(String text, int i) {
    return indentAt(text, i).length() == i - lineStart(text, i);
  }

  /** The whitespace that starts the line holding offset {@code i}. */
  static String indentAt(String text, int i) {
    int ls = lineStart(text, i);
    int e = ls;
    while (e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '\t')) {
      e++;
    }
    return text.substring(ls, e);
  }

  private static int lineStart(String text, int i) {
    int ls = i;
    while (ls > 0 && text.charAt(ls - 1) != '\n' && text.charAt(ls - 1) != '\r') {
      ls--;
    }
    return ls;
  }
}
