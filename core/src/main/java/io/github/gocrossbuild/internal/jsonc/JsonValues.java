package io.github.gocrossbuild.internal.jsonc;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns values read by {@link JsoncTree} into values that compare by content. */
public final class JsonValues {
  /** Stands for JSON {@code null}, which a map value or list element cannot compare as. */
  private static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  private JsonValues() {}

  /**
   * Returns a value that {@code equals} another exactly when both are the same JSON: objects become
   * maps (member order kept, but not compared), numbers compare by value ({@code 1.0} equals {@code
   * 1}).
   *
   * @param value a value from {@link JsoncTree#read}, or plain maps, lists and scalars
   * @return the comparable value
   */
  public static Object comparable(Object value) {
    if (value instanceof JsoncObject o) {
      return comparable(o.members());
    }
    if (value instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(k, comparable(x)));
      return out;
    }
    if (value instanceof List<?> l) {
      return l.stream().map(JsonValues::comparable).toList();
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros();
    }
    return value == null ? NULL : value;
  }
}
