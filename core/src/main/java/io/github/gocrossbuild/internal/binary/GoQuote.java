package io.github.gocrossbuild.internal.binary;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Go's {@code strconv} quoting rules as {@code runtime/debug} uses them for build settings: {@code
 * Unquote}, {@code QuotedPrefix} and {@code Quote}. Works on bytes because Go strings may hold any
 * bytes ({@code \xff}).
 */
public final class GoQuote {
  private GoQuote() {}

  /**
   * Returns the length of the quoted string at the start of {@code s} ({@code
   * strconv.QuotedPrefix}).
   *
   * @param s bytes starting with {@code "} or a backquote
   * @param from where the quoted string starts
   * @param to end of the available bytes
   * @return the length including both quotes, or -1 when it is not a valid quoted string
   */
  public static int quotedPrefix(byte[] s, int from, int to) {
    int[] end = new int[1];
    return unquote(s, from, to, end) == null ? -1 : end[0] - from;
  }

  /**
   * Unquotes exactly {@code s[from, to)} ({@code strconv.Unquote}).
   *
   * @param s the bytes
   * @param from start, at the opening quote
   * @param to end, just after the closing quote
   * @return the value, or null when the text is not exactly one valid quoted string
   */
  public static byte[] unquote(byte[] s, int from, int to) {
    int[] end = new int[1];
    byte[] v = unquote(s, from, to, end);
    return v != null && end[0] == to ? v : null;
  }

  /** Unquotes the quoted string starting at {@code from}; {@code end[0]} receives its end. */
  private static byte[] unquote(byte[] s, int from, int to, int[] end) {
    if (to - from < 2) {
      return null;
    }
    byte quote = s[from];
    if (quote == '`') {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int i = from + 1; i < to; i++) {
        if (s[i] == '`') {
          end[0] = i + 1;
          return out.toByteArray();
        }
        if (s[i] != '\r') { // raw strings drop carriage returns
          out.write(s[i]);
        }
      }
      return null;
    }
    if (quote != '"') {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = from + 1;
    while (i < to && s[i] != '"') {
      byte c = s[i];
      if (c == '\n') {
        return null;
      }
      if (c != '\\') {
        out.write(c);
        i++;
        continue;
      }
      if (i + 1 >= to) {
        return null;
      }
      byte e = s[i + 1];
      i += 2;
      switch (e) {
        case 'a' -> out.write(7);
        case 'b' -> out.write(8);
        case 'f' -> out.write(12);
        case 'n' -> out.write(10);
        case 'r' -> out.write(13);
        case 't' -> out.write(9);
        case 'v' -> out.write(11);
        case '\\' -> out.write('\\');
        case '"' -> out.write('"');
        case 'x', 'u', 'U' -> {
          int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          if (i + n > to) {
            return null;
          }
          long v = 0;
          for (int j = 0; j < n; j++) {
            int d = Character.digit(s[i + j], 16);
            if (d < 0 || s[i + j] < 0) {
              return null;
            }
            v = v << 4 | d;
          }
          i += n;
          if (e == 'x') {
            out.write((int) v);
          } else {
            if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
              return null;
            }
            out.writeBytes(new String(Character.toChars((int) v)).getBytes(StandardCharsets.UTF_8));
          }
        }
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          if (i + 2 > to) {
            return null;
          }
          int v = e - '0';
          for (int j = 0; j < 2; j++) {
            int d = s[i + j] - '0';
            if (d < 0 || d > 7) {
              return null;
            }
            v = v << 3 | d;
          }
          i += 2;
          if (v > 255) {
            return null;
          }
          out.write(v);
        }
        default -> {
          return null;
        }
      }
    }
    if (i >= to) {
      return null;
    }
    end[0] = i + 1;
    return out.toByteArray();
  }

  /**
   * Tells whether {@code runtime/debug} quotes a build-setting key.
   *
   * @param key the key
   * @return true when empty or containing {@code = space tab CR LF " `}
   */
  public static boolean keyNeedsQuote(String key) {
    return key.isEmpty() || key.indexOf('=') >= 0 || valueNeedsQuote(key);
  }

  /**
   * Tells whether {@code runtime/debug} quotes a build-setting value.
   *
   * @param value the value
   * @return true when containing {@code space tab CR LF " `}
   */
  public static boolean valueNeedsQuote(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (valueChar(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether {@code runtime/debug} quotes a build-setting value, on its UTF-8 bytes: the
   * characters that force quoting are ASCII, and UTF-8 never uses ASCII bytes inside a longer
   * character. Every setting of every binary read passes here, often before the JIT has compiled
   * anything, so it is a plain byte loop.
   *
   * @param s the bytes
   * @param from the value's first byte
   * @param to just after the value's last byte
   * @return true when the bytes hold {@code space tab CR LF " `}
   */
  public static boolean valueNeedsQuote(byte[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      byte c = s[i];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '"' || c == '`') {
        return true;
      }
    }
    return false;
  }

  private static boolean valueChar(int c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '"' || c == '`';
  }

  /**
   * Quotes like {@code strconv.Quote}.
   *
   * @param s the text
   * @return the Go string literal
   */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case 7 -> b.append("\\a");
                case 8 -> b.append("\\b");
                case 12 -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case 11 -> b.append("\\v");
                default -> {
                  if (c < ' ' || c == 0x7f) {
                    b.append(String.format("\\x%02x", c));
                  } else if (c < 0x80 || printable(c)) {
                    b.appendCodePoint(c);
                  } else if (c < 0x10000) {
                    b.append(String.format("\\u%04x", c));
                  } else {
                    b.append(String.format("\\U%08x", c));
                  }
                }
              }
            });
    return b.append('"').toString();
  }

  private static boolean printable(int c) {
    int t = Character.getType(c);
    return t != Character.UNASSIGNED
        && t != Character.CONTROL
        && t != Character.FORMAT
        && t != Character.PRIVATE_USE
        && t != Character.SURROGATE
        && t != Character.LINE_SEPARATOR
        && t != Character.PARAGRAPH_SEPARATOR
        && t != Character.SPACE_SEPARATOR;
  }
}
