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
 * Where each value of a JSONC text starts and ends, by JSON pointer, as the reader reports it: a
 * value's start and end offsets, a member's name, a container's children and its trailing comma.
 * Reads no text itself; the layout around the offsets (indentation, line ends) is {@link
 * JsoncLayout}'s.
 */
final class JsoncSpans implements JsoncHandler {
  private final Map<String, Integer> starts = new HashMap<>();
  private final Map<String, Integer> ends = new HashMap<>();
  private final Map<String, Integer> names = new HashMap<>();
  private final Map<String, Integer> trailingCommas = new HashMap<>();
  private final Map<String, List<String>> children = new HashMap<>();
  private final Map<String, Character> kinds = new HashMap<>();

  private JsoncSpans() {}

  static JsoncSpans of(String source, String text) {
    JsoncSpans spans = new JsoncSpans();
    JsoncReader.read(source, text, JsoncSyntax.VSCODE, spans);
    return spans;
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
    return ends.get(pointer);
  }

  /** The offset of the comma after a container's last entry, or -1 when there is none. */
  int trailingComma(String pointer) {
    return trailingCommas.getOrDefault(pointer, -1);
  }

  private void value(JsoncLocation at) {
    String p = at.pointer();
    starts.put(p, at.offset());
    if (!p.isEmpty()) {
      children.computeIfAbsent(p.substring(0, p.lastIndexOf('/')), k -> new ArrayList<>()).add(p);
    }
  }

  private void scalar(JsoncLocation at) {
    value(at);
    ends.put(at.pointer(), at.end());
  }

  @Override
  public void startObject(JsoncLocation at) {
    value(at);
    kinds.put(at.pointer(), '{');
  }

  @Override
  public void member(JsoncLocation at, String name) {
    names.put(at.pointer(), at.offset());
  }

  @Override
  public void endObject(JsoncLocation at) {
    ends.put(at.pointer(), at.end());
  }

  @Override
  public void startArray(JsoncLocation at) {
    value(at);
    kinds.put(at.pointer(), '[');
  }

  @Override
  public void endArray(JsoncLocation at) {
    ends.put(at.pointer(), at.end());
  }

  @Override
  public void string(JsoncLocation at, String value) {
    scalar(at);
  }

  @Override
  public void number(JsoncLocation at, String literal, boolean integral) {
    scalar(at);
  }

  @Override
  public void bool(JsoncLocation at, boolean value) {
    scalar(at);
  }

  @Override
  public void nullValue(JsoncLocation at) {
    scalar(at);
  }

  @Override
  public void trailingComma(JsoncLocation at, char closer) {
    trailingCommas.put(at.pointer(), at.offset());
  }
}
