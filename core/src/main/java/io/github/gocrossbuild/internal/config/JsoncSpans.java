package io.github.gocrossbuild.internal.config;

import io.github.gocrossbuild.internal.jsonc.JsoncHandler;
import io.github.gocrossbuild.internal.jsonc.JsoncLocation;
import io.github.gocrossbuild.internal.jsonc.JsoncReader;
import io.github.gocrossbuild.internal.jsonc.JsoncSyntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each value of a JSONC text starts and ends, by JSON pointer: the reader gives the start of
 * every token; the end is found by scanning the value, strings and comments skipped.
 */
final class JsoncSpans implements JsoncHandler {
  private final String text;
  private final int[] lineStarts;
  private final Map<String, Integer> starts = new HashMap<>();
  private final Map<String, Integer> names = new HashMap<>();
  private final Map<String, List<String>> children = new HashMap<>();
  private final Map<String, Character> kinds = new HashMap<>();

  private JsoncSpans(String text) {
    this.text = text;
    List<Integer> ls = new ArrayList<>();
    ls.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        ls.add(i + 1);
      }
    }
    this.lineStarts = ls.stream().mapToInt(Integer::intValue).toArray();
  }

  static JsoncSpans of(String source, String text) {
    JsoncSpans spans = new JsoncSpans(text);
    JsoncReader.read(source, text, JsoncSyntax.VSCODE, spans);
    return spans;
  }

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

  boolean has(String pointer) {
    return starts.containsKey(pointer);
  }

  boolean isObject(String pointer) {
    return Character.valueOf('{').equals(kinds.get(pointer));
  }

  boolean isArray(String pointer) {
    return Character.valueOf('[').equals(kinds.get(pointer));
  }

  int start(String pointer) {
    return starts.get(pointer);
  }

  /** Where a member's name starts, or an element's value. */
  int entryStart(String pointer) {
    return names.getOrDefault(pointer, starts.get(pointer));
  }

  List<String> children(String pointer) {
    return children.getOrDefault(pointer, List.of());
  }

  /** The offset just after the value. */
  int end(String pointer) {
    int i = start(pointer);
    char c = text.charAt(i);
    if (c == '"') {
      return stringEnd(i);
    }
    if (c != '{' && c != '[') {
      while (i < text.length() && ",}] \t\r\n/".indexOf(text.charAt(i)) < 0) {
        i++;
      }
      return i;
    }
    int depth = 0;
    while (true) {
      c = text.charAt(i);
      if (c == '"') {
        i = stringEnd(i);
        continue;
      }
      if (c == '/' && i + 1 < text.length() && "/*".indexOf(text.charAt(i + 1)) >= 0) {
        i = commentEnd(i);
        continue;
      }
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
      i++;
    }
  }

  /** The first offset at or after {@code i} that is not whitespace or a comment. */
  int skipTrivia(int i) {
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '/' && i + 1 < text.length() && "/*".indexOf(text.charAt(i + 1)) >= 0) {
        i = commentEnd(i);
      } else {
        break;
      }
    }
    return i;
  }

  /** The end of the line when only whitespace or a line comment follows {@code i}, else i. */
  int endOfLineIfOnlyComment(int i) {
    int eol = i;
    while (eol < text.length() && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
      eol++;
    }
    String rest = text.substring(i, eol).strip();
    return rest.isEmpty() || (rest.startsWith("//") && eol < text.length()) ? eol : i;
  }

  /** Whether only whitespace precedes offset {@code i} on its line. */
  boolean leadsLine(int i) {
    return indentAt(i).length() == i - lineStart(i);
  }

  private int lineStart(int i) {
    int ls = i;
    while (ls > 0 && text.charAt(ls - 1) != '\n' && text.charAt(ls - 1) != '\r') {
      ls--;
    }
    return ls;
  }

  /** The whitespace that starts the line holding offset {@code i}. */
  String indentAt(int i) {
    int ls = lineStart(i);
    int e = ls;
    while (e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '\t')) {
      e++;
    }
    return text.substring(ls, e);
  }

  private int stringEnd(int i) {
    i++;
    while (text.charAt(i) != '"') {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }

  private int commentEnd(int i) {
    if (text.charAt(i + 1) == '/') {
      while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      return i;
    }
    int close = text.indexOf("*/", i + 2);
    return close < 0 ? text.length() : close + 2;
  }

  private int offset(JsoncLocation at) {
    return lineStarts[at.line() - 1] + at.column() - 1;
  }

  private void value(JsoncLocation at) {
    String p = at.pointer();
    starts.put(p, offset(at));
    if (!p.isEmpty()) {
      children.computeIfAbsent(p.substring(0, p.lastIndexOf('/')), k -> new ArrayList<>()).add(p);
    }
  }

  @Override
  public void startObject(JsoncLocation at) {
    value(at);
    kinds.put(at.pointer(), '{');
  }

  @Override
  public void member(JsoncLocation at, String name) {
    names.put(at.pointer(), offset(at));
  }

  @Override
  public void endObject() {}

  @Override
  public void startArray(JsoncLocation at) {
    value(at);
    kinds.put(at.pointer(), '[');
  }

  @Override
  public void endArray() {}

  @Override
  public void string(JsoncLocation at, String value) {
    value(at);
  }

  @Override
  public void number(JsoncLocation at, String literal, boolean integral) {
    value(at);
  }

  @Override
  public void bool(JsoncLocation at, boolean value) {
    value(at);
  }

  @Override
  public void nullValue(JsoncLocation at) {
    value(at);
  }
}
