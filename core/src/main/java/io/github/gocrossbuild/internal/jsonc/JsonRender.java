package io.github.gocrossbuild.internal.jsonc;

import java.util.List;
import java.util.Map;

/**
 * Writes values made of {@link Map} (member order kept), {@link List}, {@link String}, {@link
 * Boolean} and {@link Number} as indented JSON; an array of short strings stays on one line. Config
 * files and provenance statements are written with it.
 */
public final class JsonRender {
  private static final int INLINE_WIDTH = 72;

  private JsonRender() {}

  /**
   * Renders a value.
   *
   * @param value a map, list, string, boolean, number or null
   * @param indent the indentation of the line the value starts on
   * @param unit one level of indentation, e.g. two spaces
   * @return the JSON text
   */
  public static String render(Object value, String indent, String unit) {
    StringBuilder sb = new StringBuilder(256);
    append(sb, value, indent, unit);
    return sb.toString();
  }

  /** Renders into one builder, so nested values are not copied once per level. */
  private static void append(StringBuilder sb, Object value, String indent, String unit) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append("{\n");
      String inner = indent + unit;
      int i = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        sb.append(inner);
        JsonText.quoteInto(sb, (String) e.getKey());
        sb.append(": ");
        append(sb, e.getValue(), inner, unit);
        sb.append(++i < map.size() ? ",\n" : "\n");
      }
      sb.append(indent).append('}');
      return;
    }
    if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        sb.append("[]");
        return;
      }
      int start = sb.length();
      if (list.stream().allMatch(v -> !(v instanceof Map) && !(v instanceof List))) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
          sb.append(i > 0 ? ", " : "");
          append(sb, list.get(i), indent, unit);
        }
        if (sb.length() - start < INLINE_WIDTH) {
          sb.append(']');
          return;
        }
        sb.setLength(start);
      }
      sb.append("[\n");
      String inner = indent + unit;
      for (int i = 0; i < list.size(); i++) {
        sb.append(inner);
        append(sb, list.get(i), inner, unit);
        sb.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      sb.append(indent).append(']');
      return;
    }
    if (value instanceof String s) {
      JsonText.quoteInto(sb, s);
      return;
    }
    sb.append(value);
  }
}
