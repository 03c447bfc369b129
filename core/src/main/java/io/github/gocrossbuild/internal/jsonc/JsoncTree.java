package io.github.gocrossbuild.internal.jsonc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Builds plain Java values from a {@link JsoncReader}: {@link JsoncObject} (members in file order,
 * a repeated key keeps its last value as VS Code does), unmodifiable {@code List<Object>}, {@code
 * String}, {@link BigDecimal}, {@code Boolean} and {@code null}. Used by core's VS Code reader,
 * {@code go env -json} and the SSH sync record.
 */
public final class JsoncTree implements JsoncHandler {
  /** The open containers: a map under construction or a list; parallel to {@link #keys}. */
  private final List<Object> open = new ArrayList<>();

  private final List<String> keys = new ArrayList<>();
  private final List<Long> starts = new ArrayList<>();
  private Object root;

  private JsoncTree() {}

  /**
   * Reads a document into plain values.
   *
   * @param source the input as the user would name it, for error messages
   * @param text the document
   * @param syntax what the document may contain
   * @return the top-level value; null for a document with no value, which only {@link
   *     JsoncSyntax#VSCODE} allows
   * @throws JsoncException when the text is not what the syntax allows or breaks a limit
   */
  public static Object read(String source, String text, JsoncSyntax syntax) {
    JsoncTree tree = new JsoncTree();
    JsoncReader.read(source, text, syntax, tree);
    return tree.root;
  }

  @Override
  public void startObject(JsoncLocation at) {
    push(new LinkedHashMap<String, Object>(), at);
  }

  @Override
  public void member(JsoncLocation at, String name) {
    keys.set(keys.size() - 1, name);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void endObject(JsoncLocation at) {
    int top = open.size() - 1;
    LinkedHashMap<String, Object> members = (LinkedHashMap<String, Object>) open.remove(top);
    long start = starts.remove(top);
    keys.remove(top);
    add(new JsoncObject(members, JsoncLocation.line(start), JsoncLocation.column(start)));
  }

  @Override
  public void startArray(JsoncLocation at) {
    push(new ArrayList<>(), at);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void endArray(JsoncLocation at) {
    int top = open.size() - 1;
    List<Object> items = (List<Object>) open.remove(top);
    starts.remove(top);
    keys.remove(top);
    add(Collections.unmodifiableList(items));
  }

  @Override
  public void string(JsoncLocation at, String value) {
    add(value);
  }

  @Override
  public void number(JsoncLocation at, String literal, boolean integral) {
    add(new BigDecimal(literal));
  }

  @Override
  public void bool(JsoncLocation at, boolean value) {
    add(value);
  }

  @Override
  public void nullValue(JsoncLocation at) {
    add(null);
  }

  private void push(Object container, JsoncLocation at) {
    open.add(container);
    keys.add(null);
    starts.add(at.position());
  }

  @SuppressWarnings("unchecked")
  private void add(Object value) {
    int top = open.size() - 1;
    if (top < 0) {
      root = value;
    } else if (open.get(top) instanceof LinkedHashMap) {
      LinkedHashMap<String, Object> members = (LinkedHashMap<String, Object>) open.get(top);
      String key = keys.get(top);
      members.remove(key);
      members.put(key, value);
    } else {
      ((List<Object>) open.get(top)).add(value);
    }
  }
}
