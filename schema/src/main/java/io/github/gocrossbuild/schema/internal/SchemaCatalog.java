package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.schema.internal.jsonschema.CompiledSchema;
import io.github.gocrossbuild.schema.internal.jsonschema.SchemaCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The project's embedded JSON Schemas, each read and compiled once on first use and then shared:
 * compiled schemas are immutable and safe to use from many threads.
 */
public final class SchemaCatalog {
  /** The {@code $id} prefix of every embedded schema; it is resolved from the classpath only. */
  public static final String BASE_IRI = "https://gocrossbuild.github.io/schemas/";

  private static final String RESOURCE_DIR = "io/github/gocrossbuild/schema/";

  private final Map<String, CompiledSchema> compiled = new ConcurrentHashMap<>();
  private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();

  /** Creates a catalog; nothing is loaded until a schema is first asked for. */
  public SchemaCatalog() {}

  /**
   * Returns a compiled schema, compiling it on first use.
   *
   * @param name the resource file name, e.g. {@code host.schema.json}
   * @return the schema, ready to validate
   */
  public CompiledSchema schema(String name) {
    // The documents rules read are the ones compiled: each schema file is parsed once.
    return compiled.computeIfAbsent(
        name, n -> new SchemaCompiler(BASE_IRI, this::document).compile(n));
  }

  /**
   * Returns the raw JSON of an embedded schema, for rules that read facts from it (the known
   * setting names, for example) so those facts live in one place.
   *
   * @param name the resource file name
   * @return the schema document
   */
  public JsonNode document(String name) {
    return documents.computeIfAbsent(name, SchemaCatalog::load);
  }

  private static JsonNode load(String name) {
    String text;
    try (InputStream in =
        SchemaCatalog.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("Embedded schema " + RESOURCE_DIR + name + " is missing");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read embedded schema " + name, e);
    }
    IssueSink sink = new IssueSink(name, new SourceMap());
    return JsonNodeBuilder.parse(text, JsonDialect.STRICT, sink)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Embedded schema " + name + " is not valid JSON: " + sink.issues()));
  }
}
