package io.github.gocrossbuild.internal.jsonc;

/**
 * Where the token a {@link JsoncHandler} is told about lies: its line and column, its character
 * offsets in the text ({@link #offset()} to {@link #end()}), and the JSON pointer (RFC 6901) of the
 * value it belongs to. A value's whole text runs from its start event's offset to its end: the
 * scalar's own event, or {@link JsoncHandler#endObject(JsoncLocation)} and {@link
 * JsoncHandler#endArray(JsoncLocation)} for containers. The reader passes one location object that
 * it moves on; read it during the call, do not keep it.
 */
public interface JsoncLocation {
  /**
   * Returns the packed position ({@link #pack(int, int)}) of the token.
   *
   * @return line and column in one long
   */
  long position();

  /**
   * Returns the offset of the token's first character.
   *
   * @return the index into the text given to the reader, in UTF-16 characters (a byte order mark
   *     counts)
   */
  int offset();

  /**
   * Returns the offset just after the token: after the closing quote of a string or name, the last
   * character of a number or literal, the brace or bracket of a container's start or end, the
   * comma; equal to {@link #offset()} where no value was found.
   *
   * @return the index after the token's last character
   */
  int end();

  /**
   * Returns the JSON pointer of the value, built on first call.
   *
   * @return {@code ""} for the root, {@code /tasks/0/label} for a member of an array element
   */
  String pointer();

  /**
   * Returns the 1-based line of the token.
   *
   * @return the line
   */
  default int line() {
    return line(position());
  }

  /**
   * Returns the 1-based column of the token, in UTF-16 characters.
   *
   * @return the column
   */
  default int column() {
    return column(position());
  }

  /**
   * Packs a 1-based line and column into one long, so that a position per value costs no object.
   *
   * @param line the line
   * @param column the column
   * @return the packed position
   */
  static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xFFFFFFFFL);
  }

  /**
   * Extracts the line of a packed position.
   *
   * @param position a value from {@link #pack(int, int)}
   * @return the line
   */
  static int line(long position) {
    return (int) (position >>> 32);
  }

  /**
   * Extracts the column of a packed position.
   *
   * @param position a value from {@link #pack(int, int)}
   * @return the column
   */
  static int column(long position) {
    return (int) position;
  }
}
