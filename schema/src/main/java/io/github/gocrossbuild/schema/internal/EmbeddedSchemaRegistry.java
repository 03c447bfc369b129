package io.github.gocrossbuild.schema.internal;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaIdValidator;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.DialectId;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.keyword.DisallowUnknownKeywordFactory;
import com.networknt.schema.keyword.KeywordType;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.serialization.NodeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * Builds the networknt registry that compiles the embedded schemas. It reads nothing but the
 * embedded schemas and never the network:
 *
 * <ul>
 *   <li>{@code $ref}: an IRI under the base is read from the classpath folder of the embedded
 *       schemas; the loader refuses every other IRI (json-schema.org, {@code classpath:}, files)
 *       and remote fetching stays off.
 *   <li>{@code $id}: a schema whose {@code $id} lies outside the base fails to compile.
 *   <li>{@code $schema}: draft-07 is the only dialect; any other fails to compile instead of being
 *       fetched.
 * </ul>
 *
 * <p>The dialect is draft-07 with networknt's keywords, but without its {@code format}
 * implementations (no embedded schema uses {@code format}, and loading them costs time on the first
 * validation) and with unknown keywords refused, so a misspelt keyword fails when the schema is
 * compiled instead of silently checking nothing.
 */
final class EmbeddedSchemaRegistry {
  private EmbeddedSchemaRegistry() {}

  /**
   * Creates a registry.
   *
   * @param baseIri the IRI prefix of the embedded schemas
   * @param resourceDir the classpath folder they are read from, ending with {@code /}
   * @param parser reads one schema file: (file name, text) to its JSON
   * @return the registry
   */
  static SchemaRegistry create(
      String baseIri, String resourceDir, BiFunction<String, String, JsonNode> parser) {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .schemaIdValidator(
                (id, root, location, resolved, context) ->
                    resolved.getAbsoluteIri() != null
                        && resolved.getAbsoluteIri().toString().startsWith(baseIri)
                        && SchemaIdValidator.DEFAULT.validate(
                            id, root, location, resolved, context))
            .build();
    return SchemaRegistry.withDialect(
        draft7(),
        builder ->
            builder
                .schemaRegistryConfig(config)
                .nodeReader(new Reader(parser))
                .schemaLoader(
                    loader ->
                        loader
                            .fetchRemoteResources(false)
                            .allow(iri -> iri.toString().startsWith(baseIri))
                            .resourceLoaders(
                                resources ->
                                    resources.add(iri -> embedded(iri, baseIri, resourceDir)))));
  }

  private static Dialect draft7() {
    return Dialect.builder(DialectId.DRAFT_7)
        .specificationVersion(SpecificationVersion.DRAFT_7)
        .idKeyword("$id")
        .keywords(KeywordType.getKeywords(SpecificationVersion.DRAFT_7))
        .keywords(
            List.of(
                new NonValidationKeyword("$schema"),
                new NonValidationKeyword("$id"),
                new NonValidationKeyword("definitions"),
                new NonValidationKeyword("$comment"),
                new NonValidationKeyword("then"),
                new NonValidationKeyword("else"),
                new NonValidationKeyword("additionalItems"),
                new AnnotationKeyword("title"),
                new AnnotationKeyword("description"),
                new AnnotationKeyword("default"),
                new AnnotationKeyword("examples")))
        .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
        .build();
  }

  private static InputStreamSource embedded(AbsoluteIri iri, String baseIri, String resourceDir) {
    String text = iri.toString();
    if (!text.startsWith(baseIri)) {
      return null;
    }
    URL url =
        EmbeddedSchemaRegistry.class.getResource(
            "/" + resourceDir + text.substring(baseIri.length()));
    return url == null ? null : url::openStream;
  }

  /** Reads schema files with this module's JSON reader instead of building a Jackson mapper. */
  private static final class Reader implements NodeReader {
    private final BiFunction<String, String, JsonNode> parser;

    Reader(BiFunction<String, String, JsonNode> parser) {
      this.parser = parser;
    }

    @Override
    public JsonNode readTree(String content, InputFormat inputFormat) {
      if (inputFormat != InputFormat.JSON) {
        throw new IllegalArgumentException("Embedded schemas are JSON, not " + inputFormat);
      }
      return parser.apply("referenced schema", content);
    }

    @Override
    public JsonNode readTree(InputStream content, InputFormat inputFormat) {
      try {
        return readTree(new String(content.readAllBytes(), StandardCharsets.UTF_8), inputFormat);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read a referenced embedded schema", e);
      }
    }
  }
}
