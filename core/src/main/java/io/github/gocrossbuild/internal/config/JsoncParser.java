package io.github.gocrossbuild.internal.config;

import io.github.gocrossbuild.config.ConfigParseException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads JSON with comments ({@code //}, {@code /* *}{@code /}), trailing commas and a leading BOM,
 * as VS Code accepts in settings.json, tasks.json and launch.json.
 *
 * <p>Hostile input is bounded: nesting deeper than {@link #MAX_DEPTH} and documents larger than
 * {@link #MAX_CHARS} are refused with a {@link ConfigParseException} (never a {@code
 * StackOverflowError} or an out-of-memory), and every error names the file, line and column.
 */
public final class JsoncParser {
  /** Deeper nesting than this is refused; real VS Code files nest fewer than ten levels. */
  public static final int MAX_DEPTH = 200;

  /** Larger documents than this (in chars) are refused; real files are a few kilobytes. */
  public static final int MAX_CHARS = 4 * 1024 * 1024;

  private final String file;
  private final String text;
  private final int[] lineStarts;
  private int pos;

  private JsoncParser(String file, String text) {
    this.file = file;
    this.text = text;
    this.lineStarts = lineStarts(text);
  }

  /**
   * Parses a document.
   *
   * @param file the file name to put in error messages
   * @param text the document
   * @return the top-level value; null for a document with no value (only blanks and comments)
   * @throws ConfigParseException when the document is not JSONC, too deep or too large
   */
  public static Object parse(String file, String text) {
    return parse(file, text, MAX_CHARS);
  }

  /**
   * Parses a document that may be larger than a configuration file, such as the SSH host's sync
   * manifest.
   *
   * @param file the name to put in error messages
   * @param text the document
   * @param maxChars larger documents are refused
   * @return the top-level value; null for a document with no value
   * @throws ConfigParseException when the document is not JSONC, too deep or too large
   */
  public static Object parse(String file, String text, int maxChars) {
    if (text.length() > maxChars) {
      throw new ConfigParseException(
          file,
          0,
          0,
          "file has "
              + text.length()
              + " characters; more than "
              + maxChars
              + " is refused as too large for a configuration file");
    }
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    JsoncParser p = new JsoncParser(file, body);
    p.skipBlank();
    if (p.pos >= body.length()) {
      return null;
    }
    Object value = p.value(0);
    p.skipBlank();
    if (p.pos < body.length()) {
      throw p.error(p.pos, "unexpected " + p.describe(p.pos) + " after the end of the document");
    }
    return value;
  }

  private Object value(int depth) {
    if (depth >= MAX_DEPTH) {
      throw error(pos, "nesting deeper than " + MAX_DEPTH + " levels");
    }
    if (pos >= text.length()) {
      throw error(pos, "unexpected end of file, expected a value");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error(pos, "expected a value but found " + describe(pos));
    }
  }

  private JsoncObject object(int depth) {
    int start = pos;
    pos++;
    LinkedHashMap<String, Object> members = new LinkedHashMap<>();
    skipBlank();
    while (true) {
      if (pos >= text.length()) {
        throw error(pos, "unexpected end of file in the object that starts at " + where(start));
      }
      if (text.charAt(pos) == '}') {
        pos++;
        return new JsoncObject(members, line(start), column(start));
      }
      if (text.charAt(pos) != '"') {
        throw error(pos, "expected a property name in double quotes but found " + describe(pos));
      }
      String key = string();
      skipBlank();
      expect(':');
      skipBlank();
      Object v = value(depth + 1);
      members.remove(key);
      members.put(key, v);
      skipBlank();
      if (pos < text.length() && text.charAt(pos) == ',') {
        pos++;
        skipBlank();
      } else if (pos < text.length() && text.charAt(pos) != '}') {
        throw error(pos, "expected ',' or '}' but found " + describe(pos));
      }
    }
  }

  private List<Object> array(int depth) {
    int start = pos;
    pos++;
    List<Object> items = new ArrayList<>();
    skipBlank();
    while (true) {
      if (pos >= text.length()) {
        throw error(pos, "unexpected end of file in the array that starts at " + where(start));
      }
      if (text.charAt(pos) == ']') {
        pos++;
        return Collections.unmodifiableList(items);
      }
      items.add(value(depth + 1));
      skipBlank();
      if (pos < text.length() && text.charAt(pos) == ',') {
        pos++;
        skipBlank();
      } else if (pos < text.length() && text.charAt(pos) != ']') {
        throw error(pos, "expected ',' or ']' but found " + describe(pos));
      }
    }
  }

  private String string() {
    int start = pos;
    pos++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error(start, "string is not closed");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return sb.toString();
      }
      if (c == '\n' || c == '\r') {
        throw error(pos, "line break inside a string (write \\n)");
      }
      if (c != '\\') {
        sb.append(c);
        pos++;
        continue;
      }
      if (pos + 1 >= text.length()) {
        throw error(start, "string is not closed");
      }
      char e = text.charAt(pos + 1);
      pos += 2;
      switch (e) {
        case '"':
          sb.append('"');
          break;
        case '\\':
          sb.append('\\');
          break;
        case '/':
          sb.append('/');
          break;
        case 'b':
          sb.append('\b');
          break;
        case 'f':
          sb.append('\f');
          break;
        case 'n':
          sb.append('\n');
          break;
        case 'r':
          sb.append('\r');
          break;
        case 't':
          sb.append('\t');
          break;
        case 'u':
          sb.append(unicodeEscape());
          break;
        default:
          throw error(pos - 2, "invalid escape \\" + e + " in a string");
      }
    }
  }

  private char unicodeEscape() {
    if (pos + 4 > text.length()) {
      throw error(pos - 2, "\\u must be followed by four hex digits");
    }
    String hex = text.substring(pos, pos + 4);
    for (int i = 0; i < 4; i++) {
      if (Character.digit(hex.charAt(i), 16) < 0) {
        throw error(pos - 2, "\\u must be followed by four hex digits");
      }
    }
    pos += 4;
    return (char) Integer.parseInt(hex, 16);
  }

  private BigDecimal number() {
    int start = pos;
    if (text.charAt(pos) == '-') {
      pos++;
    }
    int digits = pos;
    while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String literal = text.substring(start, pos);
    if (pos == digits || (literal.length() > 1 && literal.matches("-?0[0-9].*"))) {
      throw error(start, "invalid number " + literal);
    }
    try {
      return new BigDecimal(literal);
    } catch (NumberFormatException ex) {
      throw error(start, "invalid number " + literal);
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, pos)) {
      throw error(pos, "expected a value but found " + describe(pos));
    }
    pos += word.length();
    return value;
  }

  private void expect(char c) {
    if (pos >= text.length() || text.charAt(pos) != c) {
      throw error(pos, "expected '" + c + "' but found " + describe(pos));
    }
    pos++;
  }

  /** Skips whitespace and both comment forms. */
  private void skipBlank() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\uFEFF') {
        pos++;
      } else if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '/') {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '*') {
        int end = text.indexOf("*/", pos + 2);
        if (end < 0) {
          throw error(pos, "comment is not closed (missing */)");
        }
        pos = end + 2;
      } else {
        return;
      }
    }
  }

  private String describe(int at) {
    if (at >= text.length()) {
      return "end of file";
    }
    char c = text.charAt(at);
    return c < ' ' ? String.format("character U+%04X", (int) c) : "'" + c + "'";
  }

  private ConfigParseException error(int at, String problem) {
    return new ConfigParseException(file, line(at), column(at), problem);
  }

  private String where(int at) {
    return "line " + line(at) + ", column " + column(at);
  }

  private int line(int at) {
    int i = Arrays.binarySearch(lineStarts, at);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  private int column(int at) {
    return at - lineStarts[line(at) - 1] + 1;
  }

  private static int[] lineStarts(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[n++] = i + 1;
      }
    }
    return starts;
  }
}
