package io.github.gocrossbuild.internal.jsonc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object read from a JSONC file, members in file order (a repeated key keeps its last value,
 * as VS Code does), with the line and column where it starts so that findings can point into the
 * file.
 */
public final class JsoncObject {
  private final Map<String, Object> members;
  private final int line;
  private final int column;

  JsoncObject(LinkedHashMap<String, Object> members, int line, int column) {
    this.members = Collections.unmodifiableMap(members);
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the members; values are {@code JsoncObject}, {@code List<Object>}, {@code String},
   * {@code java.math.BigDecimal}, {@code Boolean} or {@code null}.
   *
   * @return the members in file order
   */
  public Map<String, Object> members() {
    return members;
  }

  /**
   * Returns a member.
   *
   * @param key the key
   * @return the value, or null when absent or JSON null
   */
  public Object get(String key) {
    return members.get(key);
  }

  /**
   * Returns the 1-based line of the opening brace.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the opening brace.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * Lays another object over this one as VS Code merges settings of two scopes: a member of {@code
   * upper} replaces this one's, except that two objects are merged member by member.
   *
   * @param upper the object that wins
   * @return the merged object, at {@code upper}'s position
   */
  public JsoncObject overlay(JsoncObject upper) {
    LinkedHashMap<String, Object> out = new LinkedHashMap<>(members);
    upper.members.forEach(
        (k, v) ->
            out.put(
                k,
                out.get(k) instanceof JsoncObject lower && v instanceof JsoncObject u
                    ? lower.overlay(u)
                    : v));
    return new JsoncObject(out, upper.line, upper.column);
  }

  @Override
  public String toString() {
    return members.toString();
  }
}
