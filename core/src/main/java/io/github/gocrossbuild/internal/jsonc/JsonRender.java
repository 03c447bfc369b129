package io.github.gocrossbuild.internal.jsonc;

import java.util.List;
import java.util.Map;

/**
 * Writes values made of {@link Map} (member order kept), {@link List}, {@link String}, {@link
 * Boolean}, {@link Number} and {@link Rendered} as indented JSON; an array of short strings stays
 * on one line. Config files and provenance statements are written with it.
 */
public final class JsonRender {
  private static final int INLINE_WIDTH = 72;

  private JsonRender() {}

  /**
   * A value rendered earlier, written as it is: lets a caller render the parts it knows ahead of
   * time (a statement's parameters while {@code go build} runs) and splice them in later.
   *
   * @param json the value's JSON, as {@link #render} wrote it
   * @param indent the indentation it was rendered for; it must be spliced where a value starts on a
   *     line with this indentation, or the output would be misaligned
   */
  public record Rendered(String json, String indent) {
    /**
     * Renders a value for a place in a document.
     *
     * @param value the value
     * @param indent the indentation of the line the value will start on
     * @param unit one level of indentation
     * @return the rendered value
     */
    public static Rendered of(Object value, String indent, String unit) {
      return new Rendered(render(value, indent, unit), indent);
    }
  }

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
      if (list.stream()
          .allMatch(v -> !(v instanceof Map || v instanceof List || v instanceof Rendered))) {
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
    if (value instanceof Rendered r) {
      if (!r.indent().equals(indent)) {
        throw new IllegalArgumentException(
            String.format(
                "a value rendered for indentation %d is placed at indentation %d",
                r.indent().length(), indent.length()));
      }
      sb.append(r.json());
      return;
    }
    sb.append(value);
  }
}
