package io.github.gocrossbuild.internal.jsonc;

/**
 * The character level of {@link JsoncReader}: a cursor over the text that tracks line and column,
 * skips whitespace and comments, and reads strings, numbers and literals. Errors are thrown as
 * {@link JsoncException} through the {@link JsoncPath}, which names the pointer.
 */
final class JsoncScanner {
  private final String text;
  private final int length;
  private final boolean comments;
  private final JsoncPath path;
  private int pos;
  private int line = 1;
  private int lineStart;
  private boolean integral;

  JsoncScanner(String text, boolean comments, JsoncPath path) {
    this.text = text;
    this.length = text.length();
    this.comments = comments;
    this.path = path;
    if (length > 0 && text.charAt(0) == '\uFEFF') {
      // A byte order mark is not part of the document; columns count from after it.
      pos = 1;
      lineStart = 1;
    }
  }

  /** Tells whether the whole text has been consumed. */
  boolean atEnd() {
    return pos >= length;
  }

  /** Returns the current character; the caller checks {@link #atEnd()} first. */
  char current() {
    return text.charAt(pos);
  }

  /** Moves past the current character. */
  void advance() {
    pos++;
  }

  /** Returns the offset of the current character in the text. */
  int offset() {
    return pos;
  }

  /** Returns the packed position of the current character. */
  long here() {
    return JsoncLocation.pack(line, pos - lineStart + 1);
  }

  /**
   * Reads {@code true}, {@code false} or {@code null} at the current character {@code c}.
   *
   * @return {@code 't'}, {@code 'f'} or {@code 'n'}
   */
  char literal(char c) {
    int size =
        text.startsWith("true", pos)
            ? 4
            : text.startsWith("false", pos) ? 5 : text.startsWith("null", pos) ? 4 : 0;
    if (size == 0) {
      String hint =
          c == '\''
              ? "; JSON strings need double quotes"
              : "; check for a missing value, quote or bracket";
      throw path.fail(here(), "Expected a value but found " + describe(c) + hint + ".");
    }
    pos += size;
    if (pos < length && Character.isLetterOrDigit(text.charAt(pos))) {
      throw path.fail(
          here(),
          "Unexpected "
              + describe(text.charAt(pos))
              + " after a literal; JSON strings need double quotes.");
    }
    return c;
  }

  /** Reads the number at the current character; {@link #integral()} then tells its kind. */
  String number() {
    long start = here();
    int begin = pos;
    if (text.charAt(pos) == '-') {
      pos++;
    }
    int intStart = pos;
    skipDigits();
    int intEnd = pos;
    integral = true;
    int exponentDigits = 0;
    if (pos < length && text.charAt(pos) == '.') {
      integral = false;
      pos++;
      requireDigits(start);
    }
    if (pos < length && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      integral = false;
      pos++;
      if (pos < length && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      exponentDigits = requireDigits(start);
    }
    boolean leadingZero = intEnd - intStart > 1 && text.charAt(intStart) == '0';
    if (intEnd == intStart
        || leadingZero
        || (pos < length && Character.isLetterOrDigit(text.charAt(pos)))) {
      throw path.fail(
          start,
          "Invalid number; JSON numbers are decimal without leading zeros,"
              + " so write it as a plain number or quote it as a string.");
    }
    if (pos - begin > JsoncLimits.MAX_NUMBER_CHARS
        || exponentDigits > JsoncLimits.MAX_EXPONENT_DIGITS) {
      throw path.fail(
          start,
          String.format(
              "Number longer than %d characters or with an exponent of more than %d digits,"
                  + " beyond any value a configuration holds; quote it as a string.",
              JsoncLimits.MAX_NUMBER_CHARS, JsoncLimits.MAX_EXPONENT_DIGITS));
    }
    return text.substring(begin, pos);
  }

  /** Tells whether the last number had neither fraction nor exponent. */
  boolean integral() {
    return integral;
  }

  private void skipDigits() {
    while (pos < length && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
  }

  private int requireDigits(long start) {
    int before = pos;
    skipDigits();
    if (pos == before) {
      throw path.fail(start, "Invalid number; a digit must follow '.', 'e' or 'E'.");
    }
    return pos - before;
  }

  /** Reads the string whose opening quote is the current character. */
  String string() {
    long start = here();
    pos++;
    StringBuilder sb = null;
    int runStart = pos;
    while (true) {
      if (pos >= length) {
        throw path.fail(start, "Unterminated string; add the closing '\"'.");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        String result =
            sb == null ? text.substring(runStart, pos) : sb.append(text, runStart, pos).toString();
        pos++;
        if (result.length() > JsoncLimits.MAX_STRING_CHARS) {
          throw path.fail(
              start,
              String.format(
                  "String longer than %d characters, beyond any value a configuration holds;"
                      + " the file is probably corrupt.",
                  JsoncLimits.MAX_STRING_CHARS));
        }
        return result;
      }
      if (c == '\n' || c == '\r') {
        throw path.fail(
            start,
            "Unterminated string; add the closing '\"' before the end of the"
                + " line, or write a line break as \\n.");
      }
      if (c < 0x20) {
        throw path.fail(
            here(),
            "Control character "
                + describe(c)
                + " inside a string; write it as an escape such as \\t.");
      }
      if (c == '\\') {
        if (sb == null) {
          sb = new StringBuilder();
        }
        sb.append(text, runStart, pos);
        sb.append(escape());
        runStart = pos;
        continue;
      }
      pos++;
    }
  }

  private char escape() {
    long at = here();
    if (pos + 1 >= length) {
      throw path.fail(at, "Unterminated string; add the closing '\"'.");
    }
    char e = text.charAt(pos + 1);
    pos += 2;
    switch (e) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case '/':
        return '/';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        if (pos + 4 <= length) {
          int u = 0;
          for (int i = 0; i < 4 && u >= 0; i++) {
            int d = Character.digit(text.charAt(pos + i), 16);
            u = d < 0 ? -1 : u * 16 + d;
          }
          if (u >= 0) {
            pos += 4;
            return (char) u;
          }
        }
        throw path.fail(at, "Invalid \\u escape; it needs four hex digits.");
      default:
        throw path.fail(
            at,
            "Invalid escape \\"
                + e
                + " in a string; write a backslash as \\\\, for example in Windows paths.");
    }
  }

  /** Skips whitespace, line breaks and comments. */
  void skipTrivia() {
    while (pos < length) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t') {
        pos++;
      } else if (c == '\n' || c == '\r') {
        newline(c);
      } else if (c == '/'
          && pos + 1 < length
          && (text.charAt(pos + 1) == '/' || text.charAt(pos + 1) == '*')) {
        comment();
      } else {
        return;
      }
    }
  }

  private void newline(char c) {
    pos++;
    if (c == '\r' && pos < length && text.charAt(pos) == '\n') {
      pos++;
    }
    line++;
    lineStart = pos;
  }

  private void comment() {
    long start = here();
    if (!comments) {
      throw path.fail(
          start,
          "Comments are not allowed in this file, which must be strict JSON; remove the comment.");
    }
    boolean block = text.charAt(pos + 1) == '*';
    pos += 2;
    while (pos < length) {
      char c = text.charAt(pos);
      if (block && c == '*' && pos + 1 < length && text.charAt(pos + 1) == '/') {
        pos += 2;
        return;
      }
      if (c == '\n' || c == '\r') {
        if (!block) {
          return;
        }
        newline(c);
      } else {
        pos++;
      }
    }
    if (block) {
      throw path.fail(start, "Unterminated block comment; close it with */.");
    }
  }

  /** Names a character for a message: quoted when printable, else as U+XXXX. */
  static String describe(char c) {
    if (c >= 0x20 && c < 0x7F) {
      return "'" + c + "'";
    }
    return String.format("U+%04X", (int) c);
  }
}
