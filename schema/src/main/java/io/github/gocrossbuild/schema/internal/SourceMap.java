package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.internal.jsonc.JsoncLocation;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each node of a parsed document starts in the source: JSON pointer to line and column, for
 * the value and, for object members, for the key.
 *
 * <p>Positions are packed into one {@code long}, as core's JSONC reader packs them, to keep a 1 MB
 * file's map small. The parser only appends; the lookup tables are built on the first query, so a
 * valid file, whose positions are never asked for, costs no hashing.
 */
public final class SourceMap {
  private final Entries values = new Entries();
  private final Entries keys = new Entries();

  /** Pointers and positions in the order the parser saw them, indexed on first lookup. */
  private static final class Entries {
    private String[] pointers = new String[16];
    private long[] positions = new long[16];
    private int size;
    private Map<String, Long> index;

    void add(String pointer, long position) {
      if (size == pointers.length) {
        pointers = Arrays.copyOf(pointers, size * 2);
        positions = Arrays.copyOf(positions, size * 2);
      }
      pointers[size] = pointer;
      positions[size] = position;
      size++;
      if (index != null) {
        index.put(pointer, position);
      }
    }

    Long get(String pointer) {
      if (index == null) {
        Map<String, Long> built = new HashMap<>(size * 4 / 3 + 1);
        for (int i = 0; i < size; i++) {
          built.put(pointers[i], positions[i]);
        }
        index = built;
      }
      return index.get(pointer);
    }
  }

  /**
   * Packs a 1-based line and column.
   *
   * @param line the line
   * @param column the column
   * @return the packed position
   */
  public static long pack(int line, int column) {
    return JsoncLocation.pack(line, column);
  }

  /**
   * Extracts the line of a packed position.
   *
   * @param position a value from {@link #pack(int, int)}
   * @return the line
   */
  public static int line(long position) {
    return JsoncLocation.line(position);
  }

  /**
   * Extracts the column of a packed position.
   *
   * @param position a value from {@link #pack(int, int)}
   * @return the column
   */
  public static int column(long position) {
    return JsoncLocation.column(position);
  }

  void putValue(String pointer, long position) {
    values.add(pointer, position);
  }

  void putKey(String pointer, long position) {
    keys.add(pointer, position);
  }

  /**
   * Returns where the value at a pointer starts; for a pointer that does not exist (a missing
   * property, a node inside an expanded YAML alias) the nearest ancestor that does.
   *
   * @param pointer a JSON pointer
   * @return the packed position; line 1, column 1 when nothing is known
   */
  public long valuePosition(String pointer) {
    String p = pointer;
    while (true) {
      Long pos = values.get(p);
      if (pos != null) {
        return pos;
      }
      if (p.isEmpty()) {
        return pack(1, 1);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /**
   * Returns where the key of an object member starts, so that "this property is wrong" points at
   * the property name as editors do; falls back to {@link #valuePosition(String)}.
   *
   * @param pointer a JSON pointer to an object member
   * @return the packed position
   */
  public long keyPosition(String pointer) {
    Long pos = keys.get(pointer);
    return pos != null ? pos : valuePosition(pointer);
  }

  /**
   * Tells whether a node exists at the pointer.
   *
   * @param pointer a JSON pointer
   * @return true when the parser saw a value there
   */
  public boolean has(String pointer) {
    return values.get(pointer) != null;
  }
}
