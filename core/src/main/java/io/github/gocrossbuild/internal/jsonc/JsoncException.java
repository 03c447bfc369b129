package io.github.gocrossbuild.internal.jsonc;

import io.github.gocrossbuild.config.ConfigParseException;

/**
 * Thrown when a document is not the JSONC its syntax allows or breaks a {@link JsoncLimits} bound;
 * names the input, the line and column, the JSON pointer of the value being read, and the problem
 * with its fix, for example {@code tasks.json:1:21: Expected ',' or '}' but found '"'; add the
 * missing comma or close the object.}
 */
public final class JsoncException extends ConfigParseException {
  private static final long serialVersionUID = 1L;

  private final String pointer;

  /**
   * Creates the exception.
   *
   * @param source the input as the user would name it, e.g. {@code .vscode/tasks.json}
   * @param position where the problem is, from {@link JsoncLocation#pack(int, int)}; 0 for the
   *     whole input
   * @param pointer the JSON pointer of the value or container being read
   * @param problem what is wrong and how to fix it, one sentence
   */
  public JsoncException(String source, long position, String pointer, String problem) {
    super(source, JsoncLocation.line(position), JsoncLocation.column(position), problem);
    this.pointer = pointer;
  }

  /**
   * Returns the JSON pointer of the value or container being read.
   *
   * @return the pointer, {@code ""} at the top level
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the packed position.
   *
   * @return line and column as {@link JsoncLocation#pack(int, int)} packs them
   */
  public long position() {
    return JsoncLocation.pack(line(), column());
  }
}
