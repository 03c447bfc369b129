package io.github.gocrossbuild.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import io.github.gocrossbuild.internal.jsonc.JsonPointers;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Tests for {@link SchemaCatalog} and the registry it compiles with. */
class SchemaCatalogTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String REFUSED_DIR = "io/github/gocrossbuild/schema/refused/";

  private final SchemaCatalog catalog = new SchemaCatalog();

  /** Every schema file the module ships, read from the build's classpath folder. */
  static Stream<String> embeddedSchemas() throws IOException, URISyntaxException {
    Path dir =
        Path.of(
                SchemaCatalog.class
                    .getClassLoader()
                    .getResource(SchemaCatalog.RESOURCE_DIR + "host.schema.json")
                    .toURI())
            .getParent();
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.endsWith(".schema.json"))
              .sorted()
              .collect(Collectors.toList());
      assertThat(names).hasSize(7);
      return names.stream();
    }
  }

  @Test
  void shouldCompileEachSchemaOnceAndShareItsDocumentWithTheRules() {
    assertThat(catalog.schema("host.schema.json")).isSameAs(catalog.schema("host.schema.json"));
    assertThat(catalog.document("host.schema.json")).isSameAs(catalog.document("host.schema.json"));
    assertThat(catalog.schema("host.schema.json").getSchemaNode())
        .isSameAs(catalog.document("host.schema.json"));
  }

  @ParameterizedTest
  @MethodSource("embeddedSchemas")
  void shouldCompileEveryEmbeddedSchemaWithReferencesResolvedFromTheClasspathOnly(String name) {
    // Compiling resolves every $ref with a loader that refuses any IRI outside the embedded
    // schemas, and refuses unknown keywords: a bad reference or a misspelling fails here.
    List<Error> errors = catalog.schema(name).validate(NODES.objectNode());

    assertThat(errors)
        .extracting(Error::getKeyword)
        .doesNotContain("false", "additionalProperties");
    JsonNode document = catalog.document(name);
    assertThat(document.path("$id").stringValue()).isEqualTo(SchemaCatalog.BASE_IRI + name);
    assertThat(document.path("$schema").stringValue())
        .isEqualTo("http://json-schema.org/draft-07/schema#");
  }

  @ParameterizedTest
  @MethodSource("embeddedSchemas")
  void shouldKeepEveryEmbeddedSchemaToTheFormsTheMessagesAreWordedFor(String name) {
    // SchemaFindings words one error per finding: anyOf/oneOf would report every alternative.
    // Draft-07 ignores keywords beside a $ref, so one there would check nothing.
    assertThat(authoringProblems(catalog.document(name), "")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "outside-ref.schema.json | Embedded schema outside-ref.schema.json does not compile: Schema from"
            + " 'https://json.schemastore.org/tsconfig.json' is not allowed to be loaded.",
        "meta-schema-ref.schema.json | Embedded schema meta-schema-ref.schema.json does not compile:"
            + " Schema from 'http://json-schema.org/draft-07/schema' is not allowed to be loaded.",
        "classpath-ref.schema.json | Embedded schema classpath-ref.schema.json does not compile: Schema"
            + " from 'classpath:io/github/gocrossbuild/schema/host.schema.json' is not allowed to be"
            + " loaded.",
        "missing-ref.schema.json | Embedded schema missing-ref.schema.json does not compile:"
            + " java.io.FileNotFoundException:"
            + " https://gocrossbuild.github.io/schemas/vscode-setings.schema.json",
        "outside-id.schema.json | Embedded schema outside-id.schema.json does not compile:"
            + " 'https://example.com/port.json' is not a valid $id",
        "other-dialect.schema.json | Embedded schema other-dialect.schema.json does not compile: Unknown"
            + " dialect 'https://json-schema.org/draft/2020-12/schema'. Only dialects that are"
            + " explicitly configured can be used.",
        "misspelt-keyword.schema.json | Embedded schema misspelt-keyword.schema.json does not compile:"
            + " Keyword 'additionalProperty' is unknown and must be configured on the meta-schema or"
            + " vocabulary"
      })
  void shouldRefuseASchemaThatReachesOutsideTheEmbeddedSchemas(String name, String message) {
    SchemaCatalog refusing = new SchemaCatalog(REFUSED_DIR);

    assertThatThrownBy(() -> refusing.schema(name))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(message);
  }

  @Test
  void shouldCompareEnumNumbersByValue() {
    ObjectNode three = NODES.objectNode();
    three.set("go.delveConfig", NODES.objectNode().put("apiVersion", 3));
    ObjectNode decimal = NODES.objectNode();
    decimal.set("go.delveConfig", NODES.objectNode().put("apiVersion", 2.0));

    assertThat(catalog.schema("vscode-settings.schema.json").validate(three))
        .extracting(Error::getKeyword, e -> e.getInstanceLocation().toString())
        .containsExactly(Tuple.tuple("enum", "/go.delveConfig/apiVersion"));
    assertThat(catalog.schema("vscode-settings.schema.json").validate(decimal)).isEmpty();
  }

  @Test
  void shouldFollowAReferenceIntoAnotherEmbeddedSchema() {
    ObjectNode settings = NODES.objectNode().put("go.useLanguageServer", "yes");
    ObjectNode devcontainer = NODES.objectNode().put("image", "golang:1.23");
    devcontainer.set("customizations", NODES.objectNode().set("vscode", settingsObject(settings)));

    List<Error> errors = catalog.schema("devcontainer.schema.json").validate(devcontainer);

    assertThat(errors)
        .extracting(Error::getKeyword, e -> e.getInstanceLocation().toString())
        .containsExactly(
            Tuple.tuple("type", "/customizations/vscode/settings/go.useLanguageServer"));
    assertThat(catalog.owner(errors.get(0).getSchemaLocation()))
        .isSameAs(
            catalog
                .document("vscode-settings.schema.json")
                .path("properties")
                .path("go.useLanguageServer"));
  }

  @Test
  void shouldNameAMissingSchemaResource() {
    assertThatThrownBy(() -> catalog.document("nope.schema.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Embedded schema io/github/gocrossbuild/schema/nope.schema.json is missing");
  }

  private static ObjectNode settingsObject(ObjectNode settings) {
    ObjectNode vscode = NODES.objectNode();
    vscode.set("settings", settings);
    return vscode;
  }

  /** Pointers of {@code anyOf}/{@code oneOf} and of keywords beside a {@code $ref}. */
  private static List<String> authoringProblems(JsonNode schema, String at) {
    List<String> out = new java.util.ArrayList<>();
    if (schema.isObject()) {
      for (String name : schema.propertyNames()) {
        boolean beside =
            schema.has("$ref")
                && !name.equals("$ref")
                && !name.equals("description")
                && !name.equals("$comment");
        if (name.equals("anyOf") || name.equals("oneOf") || beside) {
          out.add(JsonPointers.child(at, name));
        }
        out.addAll(authoringProblems(schema.get(name), JsonPointers.child(at, name)));
      }
    } else if (schema.isArray()) {
      for (int i = 0; i < schema.size(); i++) {
        out.addAll(authoringProblems(schema.get(i), JsonPointers.child(at, i)));
      }
    }
    return out;
  }
}
