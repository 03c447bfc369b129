package io.github.gocrossbuild.schema.internal;

import java.util.ArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Gives an embedded schema document strings whose {@code toString()} writes the JSON string itself,
 * and writes JSON string literals for messages the same way.
 *
 * <p>Jackson 3 renders {@code JsonNode.toString()} through its shared {@code JsonMapper}; building
 * that mapper and its first serializer costs about 250 ms of CPU, once per JVM. networknt's {@code
 * enum} keyword renders every allowed value with {@code toString()} when a schema is compiled, so
 * with plain string nodes the first validation would pay for a mapper nothing else needs. The
 * strings stay {@link StringNode}s, equal to any string node of the same value.
 */
final class SchemaStrings {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private SchemaStrings() {}

  /**
   * Replaces, in place, every string value of a document (member values and array items).
   *
   * @param node the document or a part of it
   */
  static void replaceIn(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      for (String name : new ArrayList<>(object.propertyNames())) {
        JsonNode value = object.get(name);
        if (value.isString()) {
          object.set(name, new Quoted(value.stringValue()));
        } else {
          replaceIn(value);
        }
      }
    } else if (node.isArray()) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        JsonNode item = array.get(i);
        if (item.isString()) {
          array.set(i, new Quoted(item.stringValue()));
        } else {
          replaceIn(item);
        }
      }
    }
  }

  /** A string node that writes its JSON form as Jackson does, without a mapper. */
  static final class Quoted extends StringNode {
    private static final long serialVersionUID = 1L;

    Quoted(String value) {
      super(value);
    }

    @Override
    public String toString() {
      return json(_value);
    }
  }

  /**
   * Writes a string as a JSON string literal, escaped as Jackson escapes it.
   *
   * @param value the string
   * @return the literal, with its double quotes
   */
  static String json(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c >= 0x20) {
        sb.append(c);
      } else {
        escapeControl(sb, c);
      }
    }
    return sb.append('"').toString();
  }

  private static void escapeControl(StringBuilder sb, char c) {
    switch (c) {
      case '\b':
        sb.append("\\b");
        break;
      case '\t':
        sb.append("\\t");
        break;
      case '\n':
        sb.append("\\n");
        break;
      case '\f':
        sb.append("\\f");
        break;
      case '\r':
        sb.append("\\r");
        break;
      default:
        sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
    }
  }
}
