package io.github.gocrossbuild.internal.jsonc;

/**
 * Reads JSON with the extensions VS Code accepts (comments, trailing commas, a byte order mark) and
 * tells a {@link JsoncHandler} about every value with its line, column, start and end offsets and
 * JSON pointer. The one JSON reader of the project: see the package documentation for why it is not
 * Jackson's.
 *
 * <pre>{@code
 * Object root = JsoncTree.read(".vscode/tasks.json", text, JsoncSyntax.VSCODE); // a handler
 * }</pre>
 *
 * <p>Never recurses: the open containers live in an array bounded by {@link JsoncLimits#MAX_DEPTH},
 * so 100,000 {@code [} end in a {@link JsoncException}, not a {@code StackOverflowError}. Every
 * error names the input, line, column and pointer, and says how to fix it. Not thread-safe; each
 * call reads with its own instance.
 */
public final class JsoncReader {
  private final JsoncScanner in;
  private final JsoncPath path;
  private final JsoncSyntax syntax;
  private final JsoncHandler handler;

  private JsoncReader(String source, String text, JsoncSyntax syntax, JsoncHandler handler) {
    this.path = new JsoncPath(source);
    this.in = new JsoncScanner(text, syntax.allowsComments(), path);
    this.syntax = syntax;
    this.handler = handler;
  }

  /**
   * Reads a document, telling the handler about each value.
   *
   * @param source the input as the user would name it, for error messages
   * @param text the document; a leading byte order mark is skipped
   * @param syntax what the document may contain
   * @param handler receives the values
   * @return false when the document holds no value, which only {@link JsoncSyntax#VSCODE} allows
   * @throws JsoncException when the text is not what the syntax allows or breaks a limit
   */
  public static boolean read(String source, String text, JsoncSyntax syntax, JsoncHandler handler) {
    if (text.length() > JsoncLimits.MAX_SIZE) {
      throw new JsoncException(
          source,
          0,
          "",
          String.format(
              "The text has %d characters, more than the %d a configuration file may have;"
                  + " check that this is the right file.",
              text.length(), JsoncLimits.MAX_SIZE));
    }
    return new JsoncReader(source, text, syntax, handler).document();
  }

  private boolean document() {
    skipTrivia();
    if (in.atEnd()) {
      if (syntax.allowsEmpty()) {
        handler.noValue(path.inContainer(in.here(), in.offset(), in.offset()));
        return false;
      }
      throw path.fail(
          in.here(), "The file contains no JSON value; write {} for an empty configuration.");
    }
    while (true) {
      skipTrivia();
      long start = in.here();
      int from = in.offset();
      path.value(start);
      char c = peek();
      if (c == '{' || c == '[') {
        if (!open(c == '{', start, from)) {
          continue;
        }
      } else {
        scalar(c, start, from);
      }
      if (!afterValue()) {
        return true;
      }
    }
  }

  /** Opens a container; returns false when it has content, whose first value comes next. */
  private boolean open(boolean object, long start, int from) {
    if (path.depth() >= JsoncLimits.MAX_DEPTH) {
      throw path.fail(
          start,
          String.format(
              "Nesting is deeper than %d levels, which no configuration file needs;"
                  + " the file is probably corrupt.",
              JsoncLimits.MAX_DEPTH));
    }
    if (object) {
      handler.startObject(path.value(start, from, from + 1));
    } else {
      handler.startArray(path.value(start, from, from + 1));
    }
    in.advance();
    path.push(object, start);
    skipTrivia();
    if (peek() != closer()) {
      if (object) {
        key();
      }
      return false;
    }
    close();
    return true;
  }

  private void scalar(char c, long start, int from) {
    if (c == '"') {
      String value = in.string();
      handler.string(read(start, from), value);
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      String literal = in.number();
      handler.number(read(start, from), literal, in.integral());
    } else {
      char literal = in.literal(c);
      if (literal == 'n') {
        handler.nullValue(read(start, from));
      } else {
        handler.bool(read(start, from), literal == 't');
      }
    }
  }

  /** Points at the value just read, which started at {@code start}, offset {@code from}. */
  private JsoncLocation read(long start, int from) {
    return path.value(start, from, in.offset());
  }

  /** Consumes separators and closers after a value; returns false at the end of the document. */
  private boolean afterValue() {
    while (true) {
      skipTrivia();
      if (path.depth() == 0) {
        if (!in.atEnd()) {
          throw path.fail(
              in.here(),
              "Unexpected "
                  + JsoncScanner.describe(in.current())
                  + " after the end of the top-level value; remove it.");
        }
        return false;
      }
      char c = peek();
      if (c == closer()) {
        close();
        continue;
      }
      if (c != ',') {
        throw path.fail(
            in.here(),
            "Expected ',' or '"
                + closer()
                + "' but found "
                + JsoncScanner.describe(c)
                + "; add the missing comma or close the "
                + (path.inObject() ? "object" : "array")
                + ".");
      }
      long comma = in.here();
      int commaOffset = in.offset();
      in.advance();
      skipTrivia();
      if (peek() == closer()) {
        trailingComma(comma, commaOffset);
        close();
        continue;
      }
      if (path.inObject()) {
        key();
      } else {
        path.nextIndex();
      }
      return true;
    }
  }

  private void trailingComma(long comma, int offset) {
    if (!syntax.allowsTrailingCommas()) {
      throw path.fail(
          comma,
          "Trailing comma before '" + closer() + "'; remove it, this file must be strict JSON.");
    }
    handler.trailingComma(path.inContainer(comma, offset, offset + 1), closer());
  }

  /** Reads a property name and its colon; the member's value comes next. */
  private void key() {
    skipTrivia();
    long start = in.here();
    int from = in.offset();
    char c = peek();
    if (c != '"') {
      throw path.fail(
          start,
          "Expected a property name in double quotes but found "
              + JsoncScanner.describe(c)
              + "; quote the name or remove the extra comma.");
    }
    String name = in.string();
    int to = in.offset();
    skipTrivia();
    if (peek() != ':') {
      throw path.fail(
          in.here(),
          "Expected ':' after property name \""
              + name
              + "\" but found "
              + JsoncScanner.describe(in.current())
              + "; add the colon.");
    }
    in.advance();
    path.key(name);
    handler.member(path.value(start, from, to), name);
  }

  /** Consumes the innermost container's closer, which is the current character. */
  private void close() {
    int from = in.offset();
    JsoncLocation at = path.inContainer(in.here(), from, from + 1);
    in.advance();
    if (path.inObject()) {
      handler.endObject(at);
    } else {
      handler.endArray(at);
    }
    path.pop();
  }

  private char closer() {
    return path.inObject() ? '}' : ']';
  }

  /** Skips whitespace and comments; an error in a comment names the innermost container. */
  private void skipTrivia() {
    path.inContainer(0);
    in.skipTrivia();
  }

  /** Returns the current character; at the end of the text, says what is missing. */
  private char peek() {
    if (!in.atEnd()) {
      return in.current();
    }
    if (path.depth() == 0) {
      throw path.fail(in.here(), "The file ends where a value is expected; complete the value.");
    }
    long opened = path.openedAt();
    throw path.fail(
        in.here(),
        String.format(
            "The file ends inside the %s opened at line %d, column %d; add the missing '%c'.",
            path.inObject() ? "object" : "array",
            JsoncLocation.line(opened),
            JsoncLocation.column(opened),
            closer()));
  }
}
