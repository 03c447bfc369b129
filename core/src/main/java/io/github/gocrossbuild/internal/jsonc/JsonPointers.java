package io.github.gocrossbuild.internal.jsonc;

/**
 * Builds and takes apart RFC 6901 JSON pointers: the one place that escapes {@code ~} and {@code /}
 * in a member name (the reader's locations, the config merge and the schema module's rules all
 * build their pointers here).
 *
 * <pre>{@code
 * JsonPointers.child("/go.toolsEnvVars", "a/b~c");   // "/go.toolsEnvVars/a~1b~0c"
 * }</pre>
 */
public final class JsonPointers {
  private JsonPointers() {}

  /**
   * Appends an object member name, escaping {@code ~} and {@code /}.
   *
   * @param parent the parent pointer
   * @param name the member name
   * @return the child pointer
   */
  public static String child(String parent, String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return parent + "/" + name;
    }
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Appends an array index.
   *
   * @param parent the parent pointer
   * @param index the index
   * @return the child pointer
   */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /**
   * Returns the last segment of a pointer, unescaped.
   *
   * @param pointer a non-root pointer
   * @return the member name or index
   */
  public static String lastSegment(String pointer) {
    String raw = pointer.substring(pointer.lastIndexOf('/') + 1);
    return raw.replace("~1", "/").replace("~0", "~");
  }

  /**
   * Tells whether a pointer is the other or lies below it.
   *
   * @param pointer the candidate descendant
   * @param ancestor the ancestor
   * @return true for the same pointer or a descendant
   */
  public static boolean isSameOrBelow(String pointer, String ancestor) {
    return pointer.equals(ancestor) || pointer.startsWith(ancestor + "/");
  }
}
