package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.internal.jsonc.JsoncException;
import io.github.gocrossbuild.internal.jsonc.JsoncHandler;
import io.github.gocrossbuild.internal.jsonc.JsoncLocation;
import io.github.gocrossbuild.internal.jsonc.JsoncReader;
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
 * Builds a Jackson tree and its {@link SourceMap} from core's one JSONC reader ({@link
 * JsoncReader}): the validator reads JSON exactly as the environment model does, and reports what
 * VS Code tolerates but a kind of file should not hold (a repeated key, an empty file, a trailing
 * comma in devcontainer.json). A syntax error becomes one {@code syntax} issue with the reader's
 * position, pointer and wording.
 */
public final class JsonNodeBuilder implements JsoncHandler {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonDialect dialect;
  private final IssueSink sink;
  private final SourceMap map;
  private final Deque<ContainerNode<?>> open = new ArrayDeque<>();
  private String key;
  private JsonNode root;

  private JsonNodeBuilder(JsonDialect dialect, IssueSink sink) {
    this.dialect = dialect;
    this.sink = sink;
    this.map = sink.map();
  }

  /**
   * Parses a document, filling the sink's source map.
   *
   * @param text the document
   * @param dialect what syntax to accept
   * @param sink where positions and issues go
   * @return the root node, or empty after a syntax error (which is in the sink) and for a VS Code
   *     file with no value at all (a warning in the sink)
   */
  public static Optional<JsonNode> parse(String text, JsonDialect dialect, IssueSink sink) {
    JsonNodeBuilder builder = new JsonNodeBuilder(dialect, sink);
    try {
      JsoncReader.read(sink.source(), text, dialect.syntax(), builder);
      return Optional.ofNullable(builder.root);
    } catch (JsoncException e) {
      sink.at(RuleId.SYNTAX, e.pointer(), e.position(), e.problem());
      return Optional.empty();
    }
  }

  @Override
  public void startObject(JsoncLocation at) {
    open.push(attach(at, NODES.objectNode()));
  }

  @Override
  public void member(JsoncLocation at, String name) {
    String pointer = at.pointer();
    if (((ObjectNode) open.peek()).has(name)) {
      sink.at(
          RuleId.DUPLICATE_KEY,
          pointer,
          at.position(),
          "Property \""
              + name
              + "\" appears twice in this object and only the last one counts;"
              + " delete the other.");
    }
    map.putKey(pointer, at.position());
    key = name;
  }

  @Override
  public void endObject(JsoncLocation at) {
    open.pop();
  }

  @Override
  public void startArray(JsoncLocation at) {
    open.push(attach(at, NODES.arrayNode()));
  }

  @Override
  public void endArray(JsoncLocation at) {
    open.pop();
  }

  @Override
  public void string(JsoncLocation at, String value) {
    attach(at, NODES.stringNode(value));
  }

  @Override
  public void number(JsoncLocation at, String literal, boolean integral) {
    if (!integral) {
      attach(at, NODES.numberNode(Double.parseDouble(literal)));
      return;
    }
    BigInteger value = new BigInteger(literal);
    if (value.bitLength() < 32) {
      attach(at, NODES.numberNode(value.intValue()));
    } else {
      attach(
          at,
          value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value));
    }
  }

  @Override
  public void bool(JsoncLocation at, boolean value) {
    attach(at, NODES.booleanNode(value));
  }

  @Override
  public void nullValue(JsoncLocation at) {
    attach(at, NODES.nullNode());
  }

  @Override
  public void trailingComma(JsoncLocation at, char closer) {
    if (dialect.trailingCommaRule() != null) {
      sink.at(
          dialect.trailingCommaRule(),
          at.pointer(),
          at.position(),
          "Trailing comma before '"
              + closer
              + "'; the Dev Container spec forbids it (VS Code tolerates it), so remove it.");
    }
  }

  @Override
  public void noValue(JsoncLocation at) {
    // VS Code reads an empty settings, tasks or launch file as {} and reports nothing.
    sink.at(
        RuleId.EMPTY_FILE,
        "",
        at.position(),
        "The file contains no JSON value; VS Code reads it as {}, so write {} or delete the file.");
  }

  private <T extends JsonNode> T attach(JsoncLocation at, T node) {
    map.putValue(at.pointer(), at.position());
    ContainerNode<?> parent = open.peek();
    if (parent == null) {
      root = node;
    } else if (parent.isObject()) {
      ((ObjectNode) parent).set(key, node);
    } else {
      ((ArrayNode) parent).add(node);
    }
    return node;
  }
}
