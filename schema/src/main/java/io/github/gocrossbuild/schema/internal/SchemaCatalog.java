package io.github.gocrossbuild.schema.internal;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.path.NodePath;
import io.github.gocrossbuild.internal.BoundedCache;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The project's embedded JSON Schemas, each read and compiled by networknt once on first use and
 * then shared: a compiled schema is immutable and validates from many threads at once. Compiling
 * resolves every {@code $ref}, from the classpath only (see {@link EmbeddedSchemaRegistry}), so a
 * broken schema fails on its first use, never halfway through a validation.
 */
public final class SchemaCatalog {
  /** The {@code $id} prefix of every embedded schema; it is resolved from the classpath only. */
  public static final String BASE_IRI = "https://gocrossbuild.github.io/schemas/";

  /** The classpath folder of the embedded schemas. */
  static final String RESOURCE_DIR = "io/github/gocrossbuild/schema/";

  private final String resourceDir;

  /**
   * Compiled schemas, keyed on the resource file name (embedded, so never stale); more than the
   * project embeds.
   */
  private final BoundedCache<String, Schema> compiled =
      BoundedCache.create("SchemaCatalog.schemas", 32);

  /** Parsed schema documents, keyed on the resource file name. */
  private final BoundedCache<String, JsonNode> documents =
      BoundedCache.create("SchemaCatalog.documents", 32);

  private SchemaRegistry registry;

  /** Creates a catalog; nothing is loaded until a schema is first asked for. */
  public SchemaCatalog() {
    this(RESOURCE_DIR);
  }

  /**
   * Creates a catalog reading its schemas from another classpath folder, for tests of schemas that
   * must not compile.
   *
   * @param resourceDir the folder, ending with {@code /}
   */
  SchemaCatalog(String resourceDir) {
    this.resourceDir = resourceDir;
  }

  /**
   * Returns a compiled schema, compiling it on first use.
   *
   * @param name the resource file name, e.g. {@code host.schema.json}
   * @return the schema, ready to validate
   * @throws IllegalStateException when the schema is missing or does not compile
   */
  public Schema schema(String name) {
    return compiled.get(name, this::compile);
  }

  /**
   * Returns the raw JSON of an embedded schema, for rules that read facts from it (the known
   * setting names, for example) so those facts live in one place. It is the document the schema was
   * compiled from: each file is parsed once.
   *
   * @param name the resource file name
   * @return the schema document
   */
  public JsonNode document(String name) {
    return documents.get(name, this::load);
  }

  /**
   * Finds the schema object that holds a failed keyword, for wording a message from it (its {@code
   * properties}, its {@code description}).
   *
   * @param keyword where the failed keyword is, as networknt reports it
   * @return the object, or a missing node when it is not in an embedded schema
   */
  public JsonNode owner(SchemaLocation keyword) {
    String iri = keyword.getAbsoluteIri() == null ? "" : keyword.getAbsoluteIri().toString();
    NodePath fragment = keyword.getFragment();
    if (!iri.startsWith(BASE_IRI) || fragment == null || fragment.getNameCount() == 0) {
      return MissingNode.getInstance();
    }
    JsonNode node = document(iri.substring(BASE_IRI.length()));
    for (int i = 0; i < fragment.getNameCount() - 1; i++) {
      Object element = fragment.getElement(i);
      node =
          element instanceof Integer ? node.path((Integer) element) : node.path(element.toString());
    }
    return node;
  }

  private Schema compile(String name) {
    JsonNode document = document(name);
    try {
      Schema schema = registry().getSchema(SchemaLocation.of(BASE_IRI + name), document);
      schema.initializeValidators();
      return schema;
    } catch (SchemaException e) {
      throw new IllegalStateException(
          "Embedded schema " + name + " does not compile: " + e.getMessage(), e);
    }
  }

  private synchronized SchemaRegistry registry() {
    if (registry == null) {
      registry = EmbeddedSchemaRegistry.create(BASE_IRI, resourceDir, SchemaCatalog::parse);
    }
    return registry;
  }

  private JsonNode load(String name) {
    String text;
    // Class.getResourceAsStream, not the class loader's: it also finds the module's own
    // resources when the module is on the module path, where they are encapsulated.
    try (InputStream in = SchemaCatalog.class.getResourceAsStream("/" + resourceDir + name)) {
      if (in == null) {
        throw new IllegalStateException("Embedded schema " + resourceDir + name + " is missing");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read embedded schema " + name, e);
    }
    return parse(name, text);
  }

  /** The one place schema files are parsed, for the catalog and for networknt's references. */
  private static JsonNode parse(String name, String text) {
    IssueSink sink = new IssueSink(name, new SourceMap());
    JsonNode document =
        JsonNodeBuilder.parse(text, JsonDialect.STRICT, sink)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Embedded schema " + name + " is not valid JSON: " + sink.issues()));
    SchemaStrings.replaceIn(document);
    return document;
  }
}
