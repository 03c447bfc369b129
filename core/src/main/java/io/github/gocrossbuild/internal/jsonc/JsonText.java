package io.github.gocrossbuild.internal.jsonc;

import io.github.gocrossbuild.config.ConfigParseException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small amount of plain JSON the library reads and writes besides VS Code files: {@code go env
 * -json} output and the SSH host's sync record. Read as plain JSON with {@link JsoncTree}, written
 * with a string quoter, rather than with a data-binding library, whose first use costs about 0.4 s
 * of class loading and set-up in a fresh JVM, which every first build would pay.
 */
public final class JsonText {
  private JsonText() {}

  /**
   * Reads a JSON object whose members are scalars, such as {@code go env -json} prints.
   *
   * @param source what the text is, for error messages
   * @param text the JSON
   * @return member name to value; numbers and booleans as their JSON text, null as ""
   * @throws ConfigParseException when the text is not a JSON object
   */
  public static Map<String, String> stringMembers(String source, String text) {
    return stringMembers(source, object(source, JsoncTree.read(source, text, JsoncSyntax.JSON)));
  }

  /**
   * Cuts the object {@code go env -json} printed out of a command's combined output: from the first
   * line that is just <code>{</code> to the next line that is just <code>}</code>. Other lines
   * around it are what go wrote to standard error, such as the {@code WORK=/tmp/go-build…} line
   * that {@code GOFLAGS=-x} (in the environment or the go env file) makes every go command print.
   *
   * @param output the combined output
   * @return the object's text, or the whole output when there is no such pair of lines (the parser
   *     then says what is wrong with it)
   */
  public static String goEnvObject(String output) {
    String text = output.replace("\r\n", "\n");
    int open = text.startsWith("{\n") ? 0 : text.indexOf("\n{\n");
    if (open < 0) {
      return output;
    }
    int start = text.charAt(open) == '{' ? open : open + 1;
    int close = text.indexOf("\n}", start);
    while (close >= 0
        && close + 2 < text.length()
        && text.charAt(close + 2) != '\n'
        && text.charAt(close + 2) != '\r') {
      close = text.indexOf("\n}", close + 1);
    }
    return close < 0 ? output : text.substring(start, close + 2);
  }

  /**
   * Converts the scalar members of a parsed object to strings.
   *
   * @param source what the object is, for error messages
   * @param object the object
   * @return member name to value; numbers and booleans as their JSON text, null as ""
   * @throws ConfigParseException when a member is an object or an array
   */
  public static Map<String, String> stringMembers(String source, JsoncObject object) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : object.members().entrySet()) {
      Object v = e.getValue();
      if (v instanceof JsoncObject || v instanceof List) {
        throw new ConfigParseException(
            source,
            object.line(),
            object.column(),
            "member \"" + e.getKey() + "\" is not a scalar");
      }
      out.put(
          e.getKey(),
          v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
    }
    return out;
  }

  /**
   * Requires a parsed value to be an object.
   *
   * @param source what the value is, for error messages
   * @param value the value from {@link JsoncTree#read}
   * @return the object
   * @throws ConfigParseException otherwise
   */
  public static JsoncObject object(String source, Object value) {
    if (value instanceof JsoncObject o) {
      return o;
    }
    throw new ConfigParseException(source, 1, 1, "expected a JSON object");
  }

  /**
   * Writes a string as a JSON string literal.
   *
   * @param s the string
   * @return the literal, quotes included
   */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    quoteInto(sb, s);
    return sb.toString();
  }

  /**
   * Appends a string as a JSON string literal.
   *
   * @param sb where to append
   * @param s the string
   */
  public static void quoteInto(StringBuilder sb, String s) {
    sb.append('"');
    int plain = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
        continue;
      }
      sb.append(s, plain, i);
      plain = i + 1;
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append(String.format("\\u%04x", (int) c));
      }
    }
    sb.append(s, plain, s.length()).append('"');
  }
}
