package io.github.gocrossbuild.schema.internal;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.keyword.KeywordType;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The project's embedded JSON Schemas, each compiled once on first use and then shared: compiled
 * networknt schemas are immutable and safe to use from many threads.
 */
public final class SchemaCatalog {
  /** The {@code $id} prefix of every embedded schema; it is resolved from the classpath only. */
  public static final String BASE_IRI = "https://gocrossbuild.github.io/schemas/";

  private static final String DRAFT_7_ID = "http://json-schema.org/draft-07/schema#";
  private static final String RESOURCE_DIR = "io/github/gocrossbuild/schema/";
  private static final SchemaDocuments READER = new SchemaDocuments();

  /**
   * Draft 7 as networknt defines it, but without the {@code format} implementations (the
   * embedded schemas use none, and loading them costs tens of milliseconds on the first
   * validation) and with this module's cheaper {@code enum} keyword, see {@link EnumKeyword}.
   */
  private static final Dialect DRAFT_7 =
      Dialect.builder(DRAFT_7_ID)
          .specificationVersion(SpecificationVersion.DRAFT_7)
          .idKeyword("$id")
          .keywords(KeywordType.getKeywords(SpecificationVersion.DRAFT_7))
          .keywords(List.of(new NonValidationKeyword("$schema"), new NonValidationKeyword("$id"),
              new AnnotationKeyword("title"), new AnnotationKeyword("description"),
              new AnnotationKeyword("default"), new NonValidationKeyword("definitions"),
              new NonValidationKeyword("$comment"), new AnnotationKeyword("examples"),
              new NonValidationKeyword("then"), new NonValidationKeyword("else"),
              new NonValidationKeyword("additionalItems")))
          .keyword(EnumKeyword.INSTANCE)
          .build();

  private final SchemaRegistry registry;
  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
  private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();

  /** Creates a catalog; nothing is loaded until a schema is first asked for. */
  public SchemaCatalog() {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build();
    // Only the classpath is consulted: a validator must work offline and never fetch a $ref.
    this.registry =
        SchemaRegistry.withDefaultDialect(
            DRAFT_7,
            builder ->
                builder
                    .schemaRegistryConfig(config)
                    .nodeReader(READER)
                    .schemaLoader(
                        loader ->
                            loader
                                .fetchRemoteResources(false)
                                .schemaIdResolvers(
                                    ids -> ids.mapPrefix(BASE_IRI, "classpath:" + RESOURCE_DIR))));
  }

  /**
   * Returns a compiled schema, compiling it on first use.
   *
   * @param name the resource file name, e.g. {@code tasks.schema.json}
   * @return the schema, ready to validate
   */
  public Schema schema(String name) {
    return compiled.computeIfAbsent(
        name,
        n -> {
          // The document rules read is the one compiled: each schema is parsed once.
          Schema schema = registry.getSchema(SchemaLocation.of(BASE_IRI + n), document(n));
          schema.initializeValidators();
          return schema;
        });
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

  /**
   * Finds the schema node a validation error refers to.
   *
   * @param location the error's schema location
   * @return the node, or a missing node when it is not one of the embedded schemas
   */
  public JsonNode resolve(SchemaLocation location) {
    String iri = location.getAbsoluteIri() == null ? "" : location.getAbsoluteIri().toString();
    if (!iri.startsWith(BASE_IRI)) {
      return MissingNode.getInstance();
    }
    JsonNode node = document(iri.substring(BASE_IRI.length()));
    NodePath fragment = location.getFragment();
    for (int i = 0; fragment != null && i < fragment.getNameCount() && !node.isMissingNode(); i++) {
      Object element = fragment.getElement(i);
      node = element instanceof Integer ? node.path((Integer) element) : node.path(element.toString());
    }
    return node;
  }

  private static JsonNode load(String name) {
    try (InputStream in = SchemaCatalog.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("Embedded schema " + RESOURCE_DIR + name + " is missing");
      }
      return READER.readTree(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read embedded schema " + name, e);
    }
  }
}
