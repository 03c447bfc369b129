package io.github.gocrossbuild.schema.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON parser that records where every node starts and knows the JSONC extensions VS Code accepts
 * (comments, trailing commas).
 *
 * <p>Written by hand rather than on Jackson's parser because it must report trailing commas as
 * warnings (devcontainer.json) while accepting them, word errors as a fix, and never recurse: an
 * explicit stack keeps 10,000-deep input from overflowing the Java stack. This class builds the
 * tree and tracks the open containers; {@link JsoncScanner} reads the characters.
 */
public final class JsoncParser {
  /** Deeper nesting is reported as a syntax error; real configuration files stay below 20. */
  public static final int MAX_DEPTH = 100;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The syntax a kind of file accepts. */
  public enum Dialect {
    /** VS Code files: comments and trailing commas are fine. */
    JSONC(true, null),
    /** devcontainer.json: comments are fine, a trailing comma is a warning. */
    COMMENTS_WARN_TRAILING_COMMA(true, RuleId.DEVCONTAINER_TRAILING_COMMA),
    /** host.json: plain JSON; comments and trailing commas are syntax errors. */
    STRICT(false, RuleId.SYNTAX);

    private final boolean comments;
    private final RuleId trailingCommaRule;

    Dialect(boolean comments, RuleId trailingCommaRule) {
      this.comments = comments;
      this.trailingCommaRule = trailingCommaRule;
    }
  }

  private static final class Frame {
    final ContainerNode<?> node;
    final String pointer;
    final long openedAt;
    int index;
    String key;

    Frame(ContainerNode<?> node, String pointer, long openedAt) {
      this.node = node;
      this.pointer = pointer;
      this.openedAt = openedAt;
    }

    boolean isObject() {
      return node.isObject();
    }

    char closer() {
      return isObject() ? '}' : ']';
    }
  }

  private final JsoncScanner in;
  private final Dialect dialect;
  private final IssueSink sink;
  private final SourceMap map;
  private final Deque<Frame> stack = new ArrayDeque<>();

  private JsoncParser(String text, Dialect dialect, IssueSink sink) {
    this.in = new JsoncScanner(text, dialect.comments, sink);
    this.dialect = dialect;
    this.sink = sink;
    this.map = sink.map();
  }

  /**
   * Parses a document, filling the sink's source map.
   *
   * @param text the document, without a byte order mark
   * @param dialect what syntax to accept
   * @param sink where positions and issues go
   * @return the root node, or empty after a syntax error (which is in the sink) and for a VS Code
   *     file with no value at all (a warning in the sink)
   */
  public static Optional<JsonNode> parse(String text, Dialect dialect, IssueSink sink) {
    try {
      return Optional.ofNullable(new JsoncParser(text, dialect, sink).document());
    } catch (SyntaxStop stop) {
      return Optional.empty();
    }
  }

  private JsonNode document() {
    skipTrivia();
    if (in.atEnd() && dialect == Dialect.JSONC) {
      // VS Code reads an empty settings, tasks or launch file as {} and reports nothing.
      sink.at(
          RuleId.EMPTY_FILE,
          "",
          in.here(),
          "The file contains no JSON value;"
              + " VS Code reads it as {}, so write {} or delete the file.");
      return null;
    }
    if (in.atEnd()) {
      throw in.fail(
          "", in.here(), "The file contains no JSON value; write {} for an empty configuration.");
    }
    JsonNode root = null;
    String pointer = "";
    while (true) {
      skipTrivia();
      long start = in.here();
      char c = peek(pointer);
      if (c == '{' || c == '[') {
        if (stack.size() >= MAX_DEPTH) {
          throw in.fail(
              pointer,
              start,
              "Nesting is deeper than "
                  + MAX_DEPTH
                  + " levels, which no configuration file needs; the file is probably corrupt.");
        }
        ContainerNode<?> node = c == '{' ? NODES.objectNode() : NODES.arrayNode();
        root = attach(root, pointer, start, node);
        in.advance();
        Frame frame = new Frame(node, pointer, start);
        stack.push(frame);
        skipTrivia();
        if (peek(pointer) != frame.closer()) {
          pointer = frame.isObject() ? key(frame) : Pointers.child(frame.pointer, 0);
          continue;
        }
        in.advance();
        stack.pop();
      } else {
        root = attach(root, pointer, start, in.scalar(pointer, c));
      }
      Optional<String> next = afterValue();
      if (next.isEmpty()) {
        return root;
      }
      pointer = next.get();
    }
  }

  /** Consumes separators and closers after a value; returns the pointer of the next value. */
  private Optional<String> afterValue() {
    while (true) {
      skipTrivia();
      if (stack.isEmpty()) {
        if (!in.atEnd()) {
          throw in.fail(
              "",
              in.here(),
              "Unexpected "
                  + JsoncScanner.describe(in.current())
                  + " after the end of the top-level value; remove it.");
        }
        return Optional.empty();
      }
      Frame frame = stack.peek();
      char c = peek(frame.pointer);
      if (c == frame.closer()) {
        in.advance();
        stack.pop();
        continue;
      }
      if (c != ',') {
        throw in.fail(
            frame.pointer,
            in.here(),
            "Expected ',' or '"
                + frame.closer()
                + "' but found "
                + JsoncScanner.describe(c)
                + "; add the missing comma or close the "
                + (frame.isObject() ? "object" : "array")
                + ".");
      }
      long comma = in.here();
      in.advance();
      skipTrivia();
      if (peek(frame.pointer) == frame.closer()) {
        trailingComma(frame, comma);
        in.advance();
        stack.pop();
        continue;
      }
      if (frame.isObject()) {
        return Optional.of(key(frame));
      }
      frame.index++;
      return Optional.of(Pointers.child(frame.pointer, frame.index));
    }
  }

  private void trailingComma(Frame frame, long comma) {
    if (dialect.trailingCommaRule == null) {
      return;
    }
    if (dialect == Dialect.STRICT) {
      throw in.fail(
          frame.pointer,
          comma,
          "Trailing comma before '"
              + frame.closer()
              + "'; remove it, this file must be strict JSON.");
    }
    sink.at(
        dialect.trailingCommaRule,
        frame.pointer,
        comma,
        "Trailing comma before '"
            + frame.closer()
            + "'; the Dev Container spec forbids it"
            + " (VS Code tolerates it), so remove it.");
  }

  private String key(Frame frame) {
    skipTrivia();
    long start = in.here();
    char c = peek(frame.pointer);
    if (c != '"') {
      throw in.fail(
          frame.pointer,
          start,
          "Expected a property name in double quotes but found "
              + JsoncScanner.describe(c)
              + "; quote the name or remove the extra comma.");
    }
    String name = in.string(frame.pointer);
    skipTrivia();
    if (peek(frame.pointer) != ':') {
      throw in.fail(
          frame.pointer,
          in.here(),
          "Expected ':' after property name \""
              + name
              + "\" but found "
              + JsoncScanner.describe(in.current())
              + "; add the colon.");
    }
    in.advance();
    String pointer = Pointers.child(frame.pointer, name);
    if (((ObjectNode) frame.node).has(name)) {
      sink.at(
          RuleId.DUPLICATE_KEY,
          pointer,
          start,
          "Property \""
              + name
              + "\" appears twice in this object and only the last one counts;"
              + " delete the other.");
    }
    map.putKey(pointer, start);
    frame.key = name;
    return pointer;
  }

  private JsonNode attach(JsonNode root, String pointer, long start, JsonNode value) {
    map.putValue(pointer, start);
    Frame parent = stack.peek();
    if (parent == null) {
      return value;
    }
    if (parent.isObject()) {
      ((ObjectNode) parent.node).set(parent.key, value);
    } else {
      ((ArrayNode) parent.node).add(value);
    }
    return root;
  }

  /** Skips whitespace and comments; a comment error names the innermost open container. */
  private void skipTrivia() {
    in.skipTrivia(stack.isEmpty() ? "" : stack.peek().pointer);
  }

  private char peek(String pointer) {
    if (!in.atEnd()) {
      return in.current();
    }
    Frame open = stack.peek();
    if (open == null) {
      throw in.fail(
          pointer, in.here(), "The file ends where a value is expected; complete the" + " value.");
    }
    String what = open.isObject() ? "object" : "array";
    throw in.fail(
        pointer,
        in.here(),
        "The file ends inside the "
            + what
            + " opened at line "
            + SourceMap.line(open.openedAt)
            + ", column "
            + SourceMap.column(open.openedAt)
            + "; add the missing '"
            + open.closer()
            + "'.");
  }
}
