package io.github.gocrossbuild.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link Suggestions}. */
class SuggestionsTest {
  private static final List<String> SETTINGS =
      List.of("go.toolsEnvVars", "go.testEnvVars", "go.lintTool", "go.buildTags");

  @Test
  void shouldSuggestTheNearestNameForATypo() {
    assertThat(Suggestions.nearest("go.toolEnvVars", SETTINGS)).contains("go.toolsEnvVars");
    assertThat(Suggestions.nearest("go.buildTag", SETTINGS)).contains("go.buildTags");
  }

  @Test
  void shouldPreferANameThatDiffersOnlyInCase() {
    assertThat(Suggestions.nearest("GO.LINTTOOL", SETTINGS)).contains("go.lintTool");
  }

  @Test
  void shouldSuggestNothingForTheNameItselfOrADistantName() {
    assertThat(Suggestions.nearest("go.lintTool", List.of("go.lintTool"))).isEmpty();
    assertThat(Suggestions.nearest("editor.tabSize", SETTINGS)).isEmpty();
    assertThat(Suggestions.nearest("x", List.of())).isEmpty();
  }
}
