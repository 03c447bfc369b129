package io.github.gocrossbuild.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** Tests for {@link SchemaCatalog}. */
class SchemaCatalogTest {
  private final SchemaCatalog catalog = new SchemaCatalog();

  @Test
  void shouldCompileEachSchemaOnceAndShareItsDocumentWithTheRules() {
    assertThat(catalog.schema("host.schema.json")).isSameAs(catalog.schema("host.schema.json"));
    assertThat(catalog.document("host.schema.json")).isSameAs(catalog.document("host.schema.json"));
    assertThat(catalog.document("host.schema.json").path("$id").stringValue())
        .isEqualTo(SchemaCatalog.BASE_IRI + "host.schema.json");
  }

  @Test
  void shouldValidateEnumsWithItsOwnKeywordAndCompareNumbersByValue() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    List<Error> errors = catalog.schema("vscode-settings.schema.json").validate(
        nodes.objectNode().set("go.delveConfig", nodes.objectNode().put("apiVersion", 3)));
    List<Error> decimal = catalog.schema("vscode-settings.schema.json").validate(
        nodes.objectNode().set("go.delveConfig", nodes.objectNode().put("apiVersion", 2.0)));

    assertThat(errors).extracting(Error::getKeyword, e -> e.getInstanceLocation().toString())
        .containsExactly(Tuple.tuple("enum", "/go.delveConfig/apiVersion"));
    assertThat(decimal).isEmpty();
  }

  @Test
  void shouldResolveAFragmentOfAnEmbeddedSchemaAndNothingElse() {
    assertThat(catalog.resolve(SchemaLocation.of(
        SchemaCatalog.BASE_IRI + "host.schema.json#/properties/version")).path("const")
        .stringValue()).isEqualTo("2.0");
    assertThat(catalog.resolve(SchemaLocation.of("https://example.com/x.json#/a")).isMissingNode())
        .isTrue();
  }

  @Test
  void shouldNameAMissingSchemaResource() {
    assertThatThrownBy(() -> catalog.document("nope.schema.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Embedded schema io/github/gocrossbuild/schema/nope.schema.json is missing");
  }
}
