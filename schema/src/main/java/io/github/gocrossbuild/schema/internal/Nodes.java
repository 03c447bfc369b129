package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.internal.jsonc.JsonPointers;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Small helpers for walking documents of unknown shape. */
public final class Nodes {
  private Nodes() {}

  /** Receives one object member or array element with its pointer. */
  @FunctionalInterface
  public interface Visitor {
    /**
     * Visits a node.
     *
     * @param name the member name, or the index as text for array elements
     * @param pointer the node's pointer
     * @param value the node
     */
    void visit(String name, String pointer, JsonNode value);
  }

  /**
   * Returns the text of a string node.
   *
   * @param node any node
   * @return the string, or empty when the node is not a string
   */
  public static Optional<String> text(JsonNode node) {
    return node != null && node.isString() ? Optional.of(node.stringValue()) : Optional.empty();
  }

  /**
   * Returns the text of a scalar as GoReleaser's YAML decoder would put it into a string: numbers
   * and booleans become their literal text.
   *
   * @param node any node
   * @return the text, or empty for containers and null
   */
  public static Optional<String> scalarText(JsonNode node) {
    if (node == null || node.isContainer() || node.isNull() || node.isMissingNode()) {
      return Optional.empty();
    }
    return Optional.of(node.isString() ? node.stringValue() : node.asString());
  }

  /**
   * Visits the members of an object; does nothing for other nodes.
   *
   * @param object the object
   * @param pointer its pointer
   * @param visitor the visitor
   */
  public static void members(JsonNode object, String pointer, Visitor visitor) {
    if (object == null || !object.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      visitor.visit(e.getKey(), JsonPointers.child(pointer, e.getKey()), e.getValue());
    }
  }

  /**
   * Visits the elements of an array; does nothing for other nodes.
   *
   * @param array the array
   * @param pointer its pointer
   * @param visitor the visitor
   */
  public static void elements(JsonNode array, String pointer, Visitor visitor) {
    if (array == null || !array.isArray()) {
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      visitor.visit(String.valueOf(i), JsonPointers.child(pointer, i), array.get(i));
    }
  }

  /**
   * Visits the node itself when it is not an array, else each element: for settings that take "one
   * value or a list of values".
   *
   * @param node a value or an array
   * @param pointer its pointer
   * @param visitor the visitor
   */
  public static void oneOrMany(JsonNode node, String pointer, Visitor visitor) {
    if (node == null || node.isMissingNode()) {
      return;
    }
    if (node.isArray()) {
      elements(node, pointer, visitor);
    } else {
      visitor.visit(JsonPointers.lastSegment(pointer), pointer, node);
    }
  }

  /**
   * Visits the strings of a subtree that satisfy a test; the subtree is first scanned without
   * building pointers, because most documents have no match and most nodes are not strings.
   *
   * @param node the subtree
   * @param pointer its pointer
   * @param test which strings to visit
   * @param visitor receives each matching string node
   */
  public static void stringsMatching(
      JsonNode node, String pointer, java.util.function.Predicate<String> test, Visitor visitor) {
    if (!anyString(node, test)) {
      return;
    }
    strings(
        node,
        pointer,
        (name, p, value) -> {
          if (test.test(value.stringValue())) {
            visitor.visit(name, p, value);
          }
        });
  }

  /**
   * Tells whether any string in a subtree contains a text, without building pointers.
   *
   * @param node the subtree; a missing node has no strings
   * @param needle the text to look for
   * @return true when some string value contains it
   */
  public static boolean anyStringContains(JsonNode node, String needle) {
    return anyString(node, s -> s.contains(needle));
  }

  private static boolean anyString(JsonNode node, java.util.function.Predicate<String> test) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.push(node);
    while (!todo.isEmpty()) {
      JsonNode n = todo.pop();
      if (n.isString()) {
        if (test.test(n.stringValue())) {
          return true;
        }
      } else if (n.isContainer()) {
        for (JsonNode child : n.values()) {
          todo.push(child);
        }
      }
    }
    return false;
  }

  /**
   * Lists every string in a subtree in the order {@link #strings} visits them, without building
   * pointers: the cheap first look of a rule that needs a pointer only when it reports.
   *
   * @param node the subtree
   * @param into where the strings are added
   */
  public static void stringValues(JsonNode node, List<String> into) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.push(node);
    while (!todo.isEmpty()) {
      JsonNode n = todo.pop();
      if (n.isString()) {
        into.add(n.stringValue());
      } else if (n.isObject()) {
        for (Map.Entry<String, JsonNode> e : n.properties()) {
          todo.push(e.getValue());
        }
      } else if (n.isArray()) {
        for (int i = n.size() - 1; i >= 0; i--) {
          todo.push(n.get(i));
        }
      }
    }
  }

  /**
   * Visits every string in a subtree, without recursion so that any depth is safe.
   *
   * @param node the subtree
   * @param pointer its pointer
   * @param visitor receives each string node
   */
  public static void strings(JsonNode node, String pointer, Visitor visitor) {
    Deque<Object[]> todo = new ArrayDeque<>();
    todo.push(new Object[] {pointer, node});
    while (!todo.isEmpty()) {
      Object[] item = todo.pop();
      String p = (String) item[0];
      JsonNode n = (JsonNode) item[1];
      if (n.isString()) {
        visitor.visit(JsonPointers.lastSegment(p.isEmpty() ? "/" : p), p, n);
      } else if (n.isObject()) {
        for (Map.Entry<String, JsonNode> e : n.properties()) {
          todo.push(new Object[] {JsonPointers.child(p, e.getKey()), e.getValue()});
        }
      } else if (n.isArray()) {
        for (int i = n.size() - 1; i >= 0; i--) {
          todo.push(new Object[] {JsonPointers.child(p, i), n.get(i)});
        }
      }
    }
  }
}
