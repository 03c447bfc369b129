package io.github.gocrossbuild.internal.jsonc;

/**
 * Receives a document from {@link JsoncReader} as events in document order, each with where its
 * token lies (line, column, start and end offsets); a consumer builds its own values from them
 * (plain maps and lists in core, Jackson nodes and a source map in the schema module). Containers
 * are always closed in order: after a {@link JsoncException} no further event comes.
 */
public interface JsoncHandler {
  /**
   * An object starts.
   *
   * @param at the opening brace; its pointer is the object's
   */
  void startObject(JsoncLocation at);

  /**
   * A property name was read; the member's value comes next.
   *
   * @param at the name from its opening to its closing quote; its pointer is the member's
   * @param name the name, unescaped
   */
  void member(JsoncLocation at, String name);

  /**
   * The innermost open object ends.
   *
   * @param at the closing brace; its pointer is the object's
   */
  void endObject(JsoncLocation at);

  /**
   * An array starts.
   *
   * @param at the opening bracket; its pointer is the array's
   */
  void startArray(JsoncLocation at);

  /**
   * The innermost open array ends.
   *
   * @param at the closing bracket; its pointer is the array's
   */
  void endArray(JsoncLocation at);

  /**
   * A string value.
   *
   * @param at the string from its opening to its closing quote
   * @param value the value, unescaped
   */
  void string(JsoncLocation at, String value);

  /**
   * A number value, checked against the JSON grammar and {@link JsoncLimits}.
   *
   * @param at the number as written
   * @param literal the number as written, for example {@code -1.5e3}
   * @param integral true when it has neither fraction nor exponent
   */
  void number(JsoncLocation at, String literal, boolean integral);

  /**
   * A {@code true} or {@code false} value.
   *
   * @param at the literal
   * @param value the value
   */
  void bool(JsoncLocation at, boolean value);

  /**
   * A {@code null} value.
   *
   * @param at the literal
   */
  void nullValue(JsoncLocation at);

  /**
   * A trailing comma the syntax allows, for consumers that report it; ignored by default.
   *
   * @param at the comma; its pointer is the enclosing container's
   * @param closer the {@code '}'} or {@code ']'} that follows
   */
  default void trailingComma(JsoncLocation at, char closer) {}

  /**
   * The document holds no value, which {@link JsoncSyntax#VSCODE} allows; ignored by default.
   *
   * @param at the end of the document
   */
  default void noValue(JsoncLocation at) {}
}
