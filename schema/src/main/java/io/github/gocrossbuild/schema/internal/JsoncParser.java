package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.schema.ConfigIssue.Severity;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON parser that records where every node starts and knows the JSONC extensions VS Code
 * accepts (comments, trailing commas).
 *
 * <p>Written by hand rather than on Jackson's parser because it must report trailing commas as
 * warnings (devcontainer.json) while accepting them, word errors as a fix, and never recurse: an
 * explicit stack keeps 10,000-deep input from overflowing the Java stack.
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
    COMMENTS_WARN_TRAILING_COMMA(true, "devcontainer.trailing-comma"),
    /** host.json: plain JSON; comments and trailing commas are syntax errors. */
    STRICT(false, "syntax");

    private final boolean comments;
    private final String trailingCommaRule;

    Dialect(boolean comments, String trailingCommaRule) {
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

  private final String text;
  private final int length;
  private final Dialect dialect;
  private final IssueSink sink;
  private final SourceMap map;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private int pos;
  private int line = 1;
  private int lineStart;

  private JsoncParser(String text, Dialect dialect, IssueSink sink) {
    this.text = text;
    this.length = text.length();
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
   * @return the root node, or empty after a syntax error (which is in the sink)
   */
  public static Optional<JsonNode> parse(String text, Dialect dialect, IssueSink sink) {
    try {
      return Optional.of(new JsoncParser(text, dialect, sink).document());
    } catch (SyntaxStop stop) {
      return Optional.empty();
    }
  }

  private JsonNode document() {
    skipTrivia();
    if (pos >= length) {
      throw fail("", here(), "The file contains no JSON value; write {} for an empty configuration.");
    }
    JsonNode root = null;
    String pointer = "";
    while (true) {
      skipTrivia();
      long start = here();
      char c = peek(pointer);
      if (c == '{' || c == '[') {
        if (stack.size() >= MAX_DEPTH) {
          throw fail(pointer, start, "Nesting is deeper than " + MAX_DEPTH
              + " levels, which no configuration file needs; the file is probably corrupt.");
        }
        ContainerNode<?> node = c == '{' ? NODES.objectNode() : NODES.arrayNode();
        root = attach(root, pointer, start, node);
        pos++;
        Frame frame = new Frame(node, pointer, start);
        stack.push(frame);
        skipTrivia();
        if (peek(pointer) != frame.closer()) {
          pointer = frame.isObject() ? key(frame) : Pointers.child(frame.pointer, 0);
          continue;
        }
        pos++;
        stack.pop();
      } else {
        root = attach(root, pointer, start, scalar(pointer, c));
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
        if (pos < length) {
          throw fail("", here(), "Unexpected " + describe(text.charAt(pos))
              + " after the end of the top-level value; remove it.");
        }
        return Optional.empty();
      }
      Frame frame = stack.peek();
      char c = peek(frame.pointer);
      if (c == frame.closer()) {
        pos++;
        stack.pop();
        continue;
      }
      if (c != ',') {
        throw fail(frame.pointer, here(), "Expected ',' or '" + frame.closer() + "' but found "
            + describe(c) + "; add the missing comma or close the "
            + (frame.isObject() ? "object" : "array") + ".");
      }
      long comma = here();
      pos++;
      skipTrivia();
      if (peek(frame.pointer) == frame.closer()) {
        trailingComma(frame, comma);
        pos++;
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
      throw fail(frame.pointer, comma, "Trailing comma before '" + frame.closer()
          + "'; remove it, this file must be strict JSON.");
    }
    sink.at(Severity.WARNING, dialect.trailingCommaRule, frame.pointer, comma,
        "Trailing comma before '" + frame.closer() + "'; the Dev Container spec forbids it"
            + " (VS Code tolerates it), so remove it.");
  }

  private String key(Frame frame) {
    skipTrivia();
    long start = here();
    char c = peek(frame.pointer);
    if (c != '"') {
      throw fail(frame.pointer, start, "Expected a property name in double quotes but found "
          + describe(c) + "; quote the name or remove the extra comma.");
    }
    String name = string(frame.pointer);
    skipTrivia();
    if (peek(frame.pointer) != ':') {
      throw fail(frame.pointer, here(), "Expected ':' after property name \"" + name + "\" but found "
          + describe(text.charAt(pos)) + "; add the colon.");
    }
    pos++;
    String pointer = Pointers.child(frame.pointer, name);
    if (((ObjectNode) frame.node).has(name)) {
      sink.at(Severity.WARNING, "duplicate-key", pointer, start,
          "Property \"" + name + "\" appears twice in this object and only the last one counts;"
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

  private JsonNode scalar(String pointer, char c) {
    if (c == '"') {
      return NODES.stringNode(string(pointer));
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number(pointer);
    }
    if (text.startsWith("true", pos)) {
      return literal(pointer, 4, NODES.booleanNode(true));
    }
    if (text.startsWith("false", pos)) {
      return literal(pointer, 5, NODES.booleanNode(false));
    }
    if (text.startsWith("null", pos)) {
      return literal(pointer, 4, NODES.nullNode());
    }
    String hint = c == '\'' ? "; JSON strings need double quotes" : "; check for a missing value,"
        + " quote or bracket";
    throw fail(pointer, here(), "Expected a value but found " + describe(c) + hint + ".");
  }

  private JsonNode literal(String pointer, int size, JsonNode node) {
    pos += size;
    if (pos < length && Character.isLetterOrDigit(text.charAt(pos))) {
      throw fail(pointer, here(), "Unexpected " + describe(text.charAt(pos))
          + " after a literal; JSON strings need double quotes.");
    }
    return node;
  }

  private JsonNode number(String pointer) {
    long start = here();
    int begin = pos;
    if (text.charAt(pos) == '-') {
      pos++;
    }
    int intStart = pos;
    skipDigits();
    int intEnd = pos;
    boolean integral = true;
    if (pos < length && text.charAt(pos) == '.') {
      integral = false;
      pos++;
      requireDigit(pointer, start);
    }
    if (pos < length && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      integral = false;
      pos++;
      if (pos < length && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      requireDigit(pointer, start);
    }
    boolean leadingZero = intEnd - intStart > 1 && text.charAt(intStart) == '0';
    if (intEnd == intStart || leadingZero
        || (pos < length && Character.isLetterOrDigit(text.charAt(pos)))) {
      throw fail(pointer, start, "Invalid number; JSON numbers are decimal without leading zeros,"
          + " so write it as a plain number or quote it as a string.");
    }
    String literal = text.substring(begin, pos);
    if (!integral) {
      return NODES.numberNode(Double.parseDouble(literal));
    }
    BigInteger value = new BigInteger(literal);
    if (value.bitLength() < 32) {
      return NODES.numberNode(value.intValue());
    }
    return value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
  }

  private void skipDigits() {
    while (pos < length && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
  }

  private void requireDigit(String pointer, long start) {
    int before = pos;
    skipDigits();
    if (pos == before) {
      throw fail(pointer, start, "Invalid number; a digit must follow '.', 'e' or 'E'.");
    }
  }

  private String string(String pointer) {
    long start = here();
    pos++;
    StringBuilder sb = null;
    int runStart = pos;
    while (true) {
      if (pos >= length) {
        throw fail(pointer, start, "Unterminated string; add the closing '\"'.");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        String result = sb == null ? text.substring(runStart, pos)
            : sb.append(text, runStart, pos).toString();
        pos++;
        return result;
      }
      if (c == '\n' || c == '\r') {
        throw fail(pointer, start, "Unterminated string; add the closing '\"' before the end of the"
            + " line, or write a line break as \\n.");
      }
      if (c < 0x20) {
        throw fail(pointer, here(), "Control character " + describe(c) + " inside a string; write it"
            + " as an escape such as \\t.");
      }
      if (c == '\\') {
        if (sb == null) {
          sb = new StringBuilder();
        }
        sb.append(text, runStart, pos);
        sb.append(escape(pointer));
        runStart = pos;
        continue;
      }
      pos++;
    }
  }

  private char escape(String pointer) {
    long at = here();
    if (pos + 1 >= length) {
      throw fail(pointer, at, "Unterminated string; add the closing '\"'.");
    }
    char e = text.charAt(pos + 1);
    pos += 2;
    switch (e) {
      case '"': return '"';
      case '\\': return '\\';
      case '/': return '/';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'u':
        if (pos + 4 <= length) {
          try {
            char u = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
            pos += 4;
            return u;
          } catch (NumberFormatException ignored) {
            // reported below
          }
        }
        throw fail(pointer, at, "Invalid \\u escape; it needs four hex digits.");
      default:
        throw fail(pointer, at, "Invalid escape \\" + e + " in a string; write a backslash as"
            + " \\\\, for example in Windows paths.");
    }
  }

  private void skipTrivia() {
    while (pos < length) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t') {
        pos++;
      } else if (c == '\n' || c == '\r') {
        newline(c);
      } else if (c == '/' && pos + 1 < length
          && (text.charAt(pos + 1) == '/' || text.charAt(pos + 1) == '*')) {
        comment();
      } else {
        return;
      }
    }
  }

  private void newline(char c) {
    pos++;
    if (c == '\r' && pos < length && text.charAt(pos) == '\n') {
      pos++;
    }
    line++;
    lineStart = pos;
  }

  private void comment() {
    String pointer = stack.isEmpty() ? "" : stack.peek().pointer;
    long start = here();
    if (!dialect.comments) {
      throw fail(pointer, start, "Comments are not allowed in this file, which must be strict JSON;"
          + " remove the comment.");
    }
    boolean block = text.charAt(pos + 1) == '*';
    pos += 2;
    while (pos < length) {
      char c = text.charAt(pos);
      if (block && c == '*' && pos + 1 < length && text.charAt(pos + 1) == '/') {
        pos += 2;
        return;
      }
      if (c == '\n' || c == '\r') {
        if (!block) {
          return;
        }
        newline(c);
      } else {
        pos++;
      }
    }
    if (block) {
      throw fail(pointer, start, "Unterminated block comment; close it with */.");
    }
  }

  private char peek(String pointer) {
    if (pos < length) {
      return text.charAt(pos);
    }
    Frame open = stack.peek();
    if (open == null) {
      throw fail(pointer, here(), "The file ends where a value is expected; complete the"
          + " value.");
    }
    String what = open.isObject() ? "object" : "array";
    throw fail(pointer, here(), "The file ends inside the " + what + " opened at line "
        + SourceMap.line(open.openedAt) + ", column " + SourceMap.column(open.openedAt)
        + "; add the missing '" + open.closer() + "'.");
  }

  private long here() {
    return SourceMap.pack(line, pos - lineStart + 1);
  }

  private SyntaxStop fail(String pointer, long position, String message) {
    sink.at(Severity.ERROR, "syntax", pointer, position, message);
    return new SyntaxStop();
  }

  private static String describe(char c) {
    if (c >= 0x20 && c < 0x7F) {
      return "'" + c + "'";
    }
    return String.format("U+%04X", (int) c);
  }
}
