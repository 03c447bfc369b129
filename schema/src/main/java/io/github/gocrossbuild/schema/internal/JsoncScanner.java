package io.github.gocrossbuild.schema.internal;

import java.math.BigInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The character level of {@link JsoncParser}: a cursor over the text that tracks line and column,
 * skips whitespace and comments, and reads strings, numbers and literals. Syntax errors go to the
 * sink as {@code syntax} issues and stop the parse with a {@link SyntaxStop}.
 */
final class JsoncScanner {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String text;
  private final int length;
  private final boolean comments;
  private final IssueSink sink;
  private int pos;
  private int line = 1;
  private int lineStart;

  JsoncScanner(String text, boolean comments, IssueSink sink) {
    this.text = text;
    this.length = text.length();
    this.comments = comments;
    this.sink = sink;
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

  /** Reads the string, number or literal starting at {@code c}, the current character. */
  JsonNode scalar(String pointer, char c) {
    if (c == '"') {
      return NODES.stringNode(string(pointer));
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number(pointer);
    }
    if (text.startsWith("true", pos)) {
      return literal(pointer, 4, NODES.booleanNode(true));
    }
    if (text.startsWith("false", pos)) {
      return literal(pointer, 5, NODES.booleanNode(false));
    }
    if (text.startsWith("null", pos)) {
      return literal(pointer, 4, NODES.nullNode());
    }
    String hint =
        c == '\''
            ? "; JSON strings need double quotes"
            : "; check for a missing value," + " quote or bracket";
    throw fail(pointer, here(), "Expected a value but found " + describe(c) + hint + ".");
  }

  private JsonNode literal(String pointer, int size, JsonNode node) {
    pos += size;
    if (pos < length && Character.isLetterOrDigit(text.charAt(pos))) {
      throw fail(
          pointer,
          here(),
          "Unexpected "
              + describe(text.charAt(pos))
              + " after a literal; JSON strings need double quotes.");
    }
    return node;
  }

  private JsonNode number(String pointer) {
    long start = here();
    int begin = pos;
    if (text.charAt(pos) == '-') {
      pos++;
    }
    int intStart = pos;
    skipDigits();
    int intEnd = pos;
    boolean integral = true;
    if (pos < length && text.charAt(pos) == '.') {
      integral = false;
      pos++;
      requireDigit(pointer, start);
    }
    if (pos < length && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      integral = false;
      pos++;
      if (pos < length && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      requireDigit(pointer, start);
    }
    boolean leadingZero = intEnd - intStart > 1 && text.charAt(intStart) == '0';
    if (intEnd == intStart
        || leadingZero
        || (pos < length && Character.isLetterOrDigit(text.charAt(pos)))) {
      throw fail(
          pointer,
          start,
          "Invalid number; JSON numbers are decimal without leading zeros,"
              + " so write it as a plain number or quote it as a string.");
    }
    String literal = text.substring(begin, pos);
    if (!integral) {
      return NODES.numberNode(Double.parseDouble(literal));
    }
    BigInteger value = new BigInteger(literal);
    if (value.bitLength() < 32) {
      return NODES.numberNode(value.intValue());
    }
    return value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
  }

  private void skipDigits() {
    while (pos < length && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
  }

  private void requireDigit(String pointer, long start) {
    int before = pos;
    skipDigits();
    if (pos == before) {
      throw fail(pointer, start, "Invalid number; a digit must follow '.', 'e' or 'E'.");
    }
  }

  /** Reads the string whose opening quote is the current character. */
  String string(String pointer) {
    long start = here();
    pos++;
    StringBuilder sb = null;
    int runStart = pos;
    while (true) {
      if (pos >= length) {
        throw fail(pointer, start, "Unterminated string; add the closing '\"'.");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        String result =
            sb == null ? text.substring(runStart, pos) : sb.append(text, runStart, pos).toString();
        pos++;
        return result;
      }
      if (c == '\n' || c == '\r') {
        throw fail(
            pointer,
            start,
            "Unterminated string; add the closing '\"' before the end of the"
                + " line, or write a line break as \\n.");
      }
      if (c < 0x20) {
        throw fail(
            pointer,
            here(),
            "Control character "
                + describe(c)
                + " inside a string; write it"
                + " as an escape such as \\t.");
      }
      if (c == '\\') {
        if (sb == null) {
          sb = new StringBuilder();
        }
        sb.append(text, runStart, pos);
        sb.append(escape(pointer));
        runStart = pos;
        continue;
      }
      pos++;
    }
  }

  private char escape(String pointer) {
    long at = here();
    if (pos + 1 >= length) {
      throw fail(pointer, at, "Unterminated string; add the closing '\"'.");
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
          try {
            char u = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
            pos += 4;
            return u;
          } catch (NumberFormatException ignored) {
            // reported below
          }
        }
        throw fail(pointer, at, "Invalid \\u escape; it needs four hex digits.");
      default:
        throw fail(
            pointer,
            at,
            "Invalid escape \\"
                + e
                + " in a string; write a backslash as"
                + " \\\\, for example in Windows paths.");
    }
  }

  /** Skips whitespace, line breaks and comments; {@code pointer} names the place in errors. */
  void skipTrivia(String pointer) {
    while (pos < length) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t') {
        pos++;
      } else if (c == '\n' || c == '\r') {
        newline(c);
      } else if (c == '/'
          && pos + 1 < length
          && (text.charAt(pos + 1) == '/' || text.charAt(pos + 1) == '*')) {
        comment(pointer);
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

  private void comment(String pointer) {
    long start = here();
    if (!comments) {
      throw fail(
          pointer,
          start,
          "Comments are not allowed in this file, which must be strict JSON;"
              + " remove the comment.");
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
      throw fail(pointer, start, "Unterminated block comment; close it with */.");
    }
  }

  /** Returns the packed position of the current character. */
  long here() {
    return SourceMap.pack(line, pos - lineStart + 1);
  }

  /** Reports a syntax error and returns the exception that stops the parse. */
  SyntaxStop fail(String pointer, long position, String message) {
    sink.at(RuleId.SYNTAX, pointer, position, message);
    return new SyntaxStop();
  }

  /** Names a character for a message: quoted when printable, else as U+XXXX. */
  static String describe(char c) {
    if (c >= 0x20 && c < 0x7F) {
      return "'" + c + "'";
    }
    return String.format("U+%04X", (int) c);
  }
}
