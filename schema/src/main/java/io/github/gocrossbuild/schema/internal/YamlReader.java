package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.internal.jsonc.JsonPointers;
import io.github.gocrossbuild.internal.jsonc.JsoncLimits;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads the first YAML document into a JSON tree with positions, the way GoReleaser's yaml.v3
 * decoder sees it: anchors and aliases expanded, {@code <<} merge keys applied, duplicate keys
 * rejected.
 *
 * <p>Built on Jackson's streaming YAML parser (which reports an alias as its anchor name) with an
 * explicit stack, so deep input cannot overflow the Java stack, and with a budget on alias
 * expansion so a "billion laughs" document stays cheap.
 */
public final class YamlReader {
  /** Aliases may expand to at most this many nodes in total. */
  static final int MAX_ALIAS_NODES = 100_000;

  /**
   * snakeyaml-engine stops at 3 MB by default; the limit is raised to the module's size cap so that
   * every file up to {@link SourceText#MAX_BYTES} is parsed and every larger one is reported as
   * {@code too-large}, whatever its format (a code point takes at least one byte).
   */
  private static final YAMLFactory FACTORY =
      YAMLFactory.builder()
          .loadSettings(
              LoadSettings.builder()
                  .setCodePointLimit(SourceText.MAX_BYTES)
                  // Duplicate keys are reported by this reader, as rule duplicate-key, not by
                  // Jackson.
                  .setAllowDuplicateKeys(true)
                  .build())
          .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final class Anchored {
    final JsonNode node;
    final int size;

    Anchored(JsonNode node, int size) {
      this.node = node;
      this.size = size;
    }
  }

  private static final class Frame {
    final ContainerNode<?> node;
    final String pointer;
    final String anchor;
    String key;
    int index;
    int size = 1;

    Frame(ContainerNode<?> node, String pointer, String anchor) {
      this.node = node;
      this.pointer = pointer;
      this.anchor = anchor;
    }

    String childPointer() {
      return node.isObject()
          ? JsonPointers.child(pointer, key)
          : JsonPointers.child(pointer, index++);
    }
  }

  private static final java.util.regex.Pattern SCALAR_ANCHOR =
      java.util.regex.Pattern.compile("(?:![^\\s]*\\s+)?&([^\\s,\\[\\]{}]+)");

  private final String text;
  private final IssueSink sink;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Map<String, Anchored> anchors = new HashMap<>();
  private int expanded;

  private YamlReader(String text, IssueSink sink) {
    this.text = text;
    this.sink = sink;
  }

  /**
   * Reads the first document of a YAML text.
   *
   * @param text the YAML
   * @param sink where positions and issues go
   * @return the root node, or empty after a syntax error (which is in the sink)
   */
  public static Optional<JsonNode> read(String text, IssueSink sink) {
    YamlReader reader = new YamlReader(text, sink);
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      return Optional.ofNullable(reader.document((YAMLParser) parser));
    } catch (SyntaxStop stop) {
      return Optional.empty();
    } catch (JacksonException e) {
      reader.reportParserError(e);
      return Optional.empty();
    }
  }

  private JsonNode document(YAMLParser parser) {
    if (parser.nextToken() == null) {
      throw fail(
          "",
          SourceMap.pack(1, 1),
          "The file contains no YAML document; add the configuration, starting with version: 2.");
    }
    JsonNode root = null;
    while (true) {
      JsonToken token = parser.currentToken();
      long at = position(parser.currentTokenLocation());
      Frame frame = stack.peek();
      if (token == JsonToken.PROPERTY_NAME) {
        property(frame, parser.currentName(), at);
      } else if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        String pointer = frame == null ? "" : frame.childPointer();
        if (stack.size() >= JsoncLimits.MAX_DEPTH) {
          throw fail(
              pointer,
              at,
              "Nesting is deeper than "
                  + JsoncLimits.MAX_DEPTH
                  + " levels, which no configuration file needs; the file is probably corrupt.");
        }
        ContainerNode<?> node =
            token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
        root = attach(root, frame, pointer, at, node);
        stack.push(new Frame(node, pointer, anchorOf(parser)));
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        close(stack.pop());
      } else {
        String pointer = frame == null ? "" : frame.childPointer();
        JsonNode value = scalar(parser, pointer, at);
        root = attach(root, frame, pointer, at, value);
      }
      if (stack.isEmpty()) {
        // yaml.v3 decodes the first document only; later ones are ignored as GoReleaser does.
        return root;
      }
      parser.nextToken();
    }
  }

  private void property(Frame frame, String name, long at) {
    String pointer = JsonPointers.child(frame.pointer, name);
    if (((ObjectNode) frame.node).has(name)) {
      sink.at(
          RuleId.GORELEASER_DUPLICATE_KEY,
          pointer,
          at,
          "Key \""
              + name
              + "\" is defined twice in this mapping, which GoReleaser rejects;"
              + " delete one of them.");
    }
    sink.map().putKey(pointer, at);
    frame.key = name;
  }

  private JsonNode attach(JsonNode root, Frame parent, String pointer, long at, JsonNode value) {
    sink.map().putValue(pointer, at);
    if (parent == null) {
      return value;
    }
    if (parent.node.isObject()) {
      ((ObjectNode) parent.node).set(parent.key, value);
    } else {
      ((ArrayNode) parent.node).add(value);
    }
    return root;
  }

  private JsonNode scalar(YAMLParser parser, String pointer, long at) {
    if (parser.isCurrentAlias()) {
      String name = parser.getString();
      Anchored target = anchors.get(name);
      if (target == null) {
        throw fail(
            pointer,
            at,
            "Alias *"
                + name
                + " refers to no anchor defined before it;"
                + " define &"
                + name
                + " first.");
      }
      expanded += target.size;
      if (expanded > MAX_ALIAS_NODES) {
        throw fail(
            pointer,
            at,
            "Aliases expand to more than "
                + MAX_ALIAS_NODES
                + " nodes (a \"billion laughs\" document); remove the nested aliases.");
      }
      addSize(target.size);
      return target.node;
    }
    JsonNode value = scalarValue(parser);
    addSize(1);
    String anchor = scalarAnchor(parser.currentTokenLocation());
    if (anchor != null) {
      anchors.put(anchor, new Anchored(value, 1));
    }
    return value;
  }

  private static JsonNode scalarValue(YAMLParser parser) {
    switch (parser.currentToken()) {
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            return NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        return NODES.stringNode(parser.getString());
    }
  }

  private void close(Frame frame) {
    if (frame.node.isObject()) {
      applyMergeKey((ObjectNode) frame.node);
    }
    if (frame.anchor != null) {
      anchors.put(frame.anchor, new Anchored(frame.node, frame.size));
    }
    addSize(frame.size);
  }

  /** Applies {@code <<: *base} (or a list of aliases): keys written in the mapping win. */
  private static void applyMergeKey(ObjectNode object) {
    JsonNode merge = object.remove("<<");
    if (merge == null) {
      return;
    }
    Iterator<JsonNode> sources =
        merge.isArray() ? merge.values().iterator() : java.util.List.of(merge).iterator();
    while (sources.hasNext()) {
      JsonNode source = sources.next();
      if (source.isObject()) {
        source.forEachEntry(
            (k, v) -> {
              if (!object.has(k)) {
                object.set(k, v);
              }
            });
      }
    }
  }

  private void addSize(int size) {
    Frame parent = stack.peek();
    if (parent != null) {
      parent.size += size;
    }
  }

  /**
   * Jackson exposes anchors of mappings and sequences but not of scalars; a scalar's reported
   * position is where its properties start, so the anchor is read from the text there.
   */
  private String scalarAnchor(TokenStreamLocation location) {
    long offset = location.getCharOffset();
    if (offset < 0 || offset >= text.length()) {
      return null;
    }
    java.util.regex.Matcher m = SCALAR_ANCHOR.matcher(text);
    m.region((int) offset, text.length());
    return m.lookingAt() ? m.group(1) : null;
  }

  private static String anchorOf(YAMLParser parser) {
    Object id = parser.getObjectId();
    return id == null ? null : id.toString();
  }

  private void reportParserError(JacksonException e) {
    TokenStreamLocation location = e.getLocation();
    long at =
        location == null || location.getLineNr() < 1
            ? SourceMap.pack(1, 1)
            : SourceMap.pack(location.getLineNr(), Math.max(1, location.getColumnNr()));
    String pointer = stack.isEmpty() ? "" : stack.peek().pointer;
    String detail = firstLine(e.getOriginalMessage());
    sink.at(
        RuleId.SYNTAX,
        pointer,
        at,
        "Invalid YAML (" + detail + "); check the indentation and quoting here.");
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "unreadable input";
    }
    String line = message.strip().split("\\R", 2)[0].strip();
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }

  private static long position(TokenStreamLocation location) {
    return SourceMap.pack(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  private SyntaxStop fail(String pointer, long at, String message) {
    sink.at(RuleId.SYNTAX, pointer, at, message);
    return new SyntaxStop();
  }
}
