package io.github.gocrossbuild.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.schema.internal.jsonschema.Violation;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.JsonNodeFactory;

/** Tests for {@link SchemaCatalog}. */
class SchemaCatalogTest {
  private final SchemaCatalog catalog = new SchemaCatalog();

  @Test
  void shouldCompileEachSchemaOnceAndShareItsDocumentWithTheRules() {
    assertThat(catalog.schema("host.schema.json")).isSameAs(catalog.schema("host.schema.json"));
    assertThat(catalog.document("host.schema.json")).isSameAs(catalog.document("host.schema.json"));
    assertThat(catalog.schema("host.schema.json").source())
        .isSameAs(catalog.document("host.schema.json"));
    assertThat(catalog.document("host.schema.json").path("$id").stringValue())
        .isEqualTo(SchemaCatalog.BASE_IRI + "host.schema.json");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "vscode-settings.schema.json",
        "vscode-workspace.schema.json",
        "vscode-tasks.schema.json",
        "vscode-launch.schema.json",
        "devcontainer.schema.json",
        "host.schema.json",
        "goreleaser.schema.json"
      })
  void shouldCompileEveryEmbeddedSchemaWithOnlyKeywordsTheValidatorKnows(String name) {
    // The compiler refuses unknown keywords, so a misspelt keyword fails here, not silently.
    assertThat(catalog.schema(name).validate(JsonNodeFactory.instance.objectNode()))
        .extracting(Violation::keyword)
        .doesNotContain("false", "additionalProperties");
  }

  @Test
  void shouldCompareEnumNumbersByValue() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    List<Violation> three =
        catalog
            .schema("vscode-settings.schema.json")
            .validate(
                nodes.objectNode().set("go.delveConfig", nodes.objectNode().put("apiVersion", 3)));
    List<Violation> decimal =
        catalog
            .schema("vscode-settings.schema.json")
            .validate(
                nodes
                    .objectNode()
                    .set("go.delveConfig", nodes.objectNode().put("apiVersion", 2.0)));

    assertThat(three)
        .extracting(Violation::keyword, Violation::pointer)
        .containsExactly(Tuple.tuple("enum", "/go.delveConfig/apiVersion"));
    assertThat(decimal).isEmpty();
  }

  @Test
  void shouldFollowAReferenceIntoAnotherEmbeddedSchema() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    List<Violation> violations =
        catalog
            .schema("devcontainer.schema.json")
            .validate(
                nodes
                    .objectNode()
                    .put("image", "golang:1.23")
                    .set(
                        "customizations",
                        nodes
                            .objectNode()
                            .set(
                                "vscode",
                                nodes
                                    .objectNode()
                                    .set(
                                        "settings",
                                        nodes.objectNode().put("go.useLanguageServer", "yes")))));

    assertThat(violations)
        .extracting(Violation::keyword, Violation::pointer)
        .containsExactly(
            Tuple.tuple("type", "/customizations/vscode/settings/go.useLanguageServer"));
  }

  @Test
  void shouldNameAMissingSchemaResource() {
    assertThatThrownBy(() -> catalog.document("nope.schema.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Embedded schema io/github/gocrossbuild/schema/nope.schema.json is missing");
  }
}
