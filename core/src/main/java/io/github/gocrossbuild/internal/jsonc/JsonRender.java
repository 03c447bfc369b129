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
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        return "{}";
      }
      StringBuilder sb = new StringBuilder("{\n");
      String inner = indent + unit;
      int i = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        sb.append(inner)
            .append(JsonText.quote((String) e.getKey()))
            .append(": ")
            .append(render(e.getValue(), inner, unit))
            .append(++i < map.size() ? ",\n" : "\n");
      }
      return sb.append(indent).append('}').toString();
    }
    if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        return "[]";
      }
      if (list.stream().allMatch(v -> !(v instanceof Map) && !(v instanceof List))) {
        StringBuilder line = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
          line.append(i > 0 ? ", " : "").append(render(list.get(i), indent, unit));
        }
        if (line.length() < INLINE_WIDTH) {
          return line.append(']').toString();
        }
      }
      StringBuilder sb = new StringBuilder("[\n");
      String inner = indent + unit;
      for (int i = 0; i < list.size(); i++) {
        sb.append(inner)
            .append(render(list.get(i), inner, unit))
            .append(i + 1 < list.size() ? ",\n" : "\n");
      }
      return sb.append(indent).append(']').toString();
    }
    if (value instanceof String s) {
      return JsonText.quote(s);
    }
    return String.valueOf(value);
  }
}
