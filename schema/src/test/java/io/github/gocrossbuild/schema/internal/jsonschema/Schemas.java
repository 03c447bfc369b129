package io.github.gocrossbuild.schema.internal.jsonschema;

import io.github.gocrossbuild.schema.internal.IssueSink;
import io.github.gocrossbuild.schema.internal.JsonDialect;
import io.github.gocrossbuild.schema.internal.JsonNodeBuilder;
import io.github.gocrossbuild.schema.internal.SourceMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Test helpers: compile inline schemas and validate inline documents, written as JSON text. */
final class Schemas {
  static final String BASE = "https://example.test/schemas/";

  private Schemas() {}

  static JsonNode json(String text) {
    IssueSink sink = new IssueSink("test", new SourceMap());
    return JsonNodeBuilder.parse(text.replace('\'', '"'), JsonDialect.STRICT, sink)
        .orElseThrow(() -> new AssertionError("Bad test JSON: " + sink.issues()));
  }

  /** Compiles {@code main.json} from name/text pairs; single quotes stand for double quotes. */
  static CompiledSchema compile(String... nameAndText) {
    Map<String, JsonNode> documents = new HashMap<>();
    for (int i = 0; i < nameAndText.length; i += 2) {
      documents.put(nameAndText[i], json(nameAndText[i + 1]));
    }
    return new SchemaCompiler(
            BASE,
            name -> {
              JsonNode document = documents.get(name);
              if (document == null) {
                throw new IllegalStateException("no document " + name);
              }
              return document;
            })
        .compile("main.json");
  }

  /** Validates and summarises each violation as {@code keyword@pointer}. */
  static List<String> violations(CompiledSchema schema, String instance) {
    return schema.validate(json(instance)).stream()
        .map(v -> v.keyword() + "@" + v.pointer())
        .collect(Collectors.toList());
  }
}
