package io.github.gocrossbuild.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Tests for {@link YamlReader}. */
class YamlReaderTest {
  private final IssueSink sink = new IssueSink(".goreleaser.yaml", new SourceMap());

  @Test
  void shouldReadFirstDocumentWithPositionsAnchorsAndAliases() {
    JsonNode root =
        YamlReader.read(
                "---\nid: &name app\nbuild:\n  binary: *name\n"
                    + "  goarch: [386, 'arm64']\n---\nother: 1\n",
                sink)
            .orElseThrow();

    assertThat(root.path("build").path("binary").stringValue()).isEqualTo("app");
    assertThat(root.path("build").path("goarch").get(0).isInt()).isTrue();
    assertThat(root.has("other")).isFalse();
    assertThat(SourceMap.line(sink.map().valuePosition("/build/goarch/1"))).isEqualTo(5);
    assertThat(SourceMap.column(sink.map().valuePosition("/build/goarch/1"))).isEqualTo(17);
    assertThat(sink.issues()).isEmpty();
  }

  @Test
  void shouldReportUndefinedAliasAndEmptyDocument() {
    assertThat(YamlReader.read("a: *nope\n", sink)).isEmpty();
    assertThat(YamlReader.read("# only a comment\n", sink)).isEmpty();

    assertThat(sink.issues())
        .extracting(Object::toString)
        .containsExactly(
            ".goreleaser.yaml:1:4: error [syntax] Alias *nope refers to no anchor defined before it;"
                + " define &nope first.",
            ".goreleaser.yaml:1:1: error [syntax] The file contains no YAML document; add the"
                + " configuration, starting with version: 2.");
  }

  @Test
  void shouldReadYamlAboveSnakeyamlsThreeMegabyteDefaultUpToTheModuleLimit() {
    String comment = "# " + "x".repeat(1022) + "\n";
    String yaml = comment.repeat(4 * 1024) + "version: 2\n";

    JsonNode root = YamlReader.read(yaml, sink).orElseThrow();

    assertThat(yaml.length()).isGreaterThan(4 * 1024 * 1024);
    assertThat(root.path("version").intValue()).isEqualTo(2);
    assertThat(SourceMap.line(sink.map().valuePosition("/version"))).isEqualTo(4097);
    assertThat(sink.issues()).isEmpty();
  }
}
