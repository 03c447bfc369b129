package io.github.gocrossbuild.internal.jsonc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests for {@link JsonPointers}. */
class PointersTest {

  @Test
  void shouldEscapeTildeAndSlashInMemberNames() {
    assertThat(JsonPointers.child("", "go.toolsEnvVars")).isEqualTo("/go.toolsEnvVars");
    assertThat(JsonPointers.child("/files.exclude", "**/bin~x"))
        .isEqualTo("/files.exclude/**~1bin~0x");
    assertThat(JsonPointers.child("/tasks", 3)).isEqualTo("/tasks/3");
  }

  @Test
  void shouldUnescapeTheLastSegment() {
    assertThat(JsonPointers.lastSegment("/files.exclude/**~1bin~0x")).isEqualTo("**/bin~x");
    assertThat(JsonPointers.lastSegment("/tasks/3")).isEqualTo("3");
  }

  @Test
  void shouldTellSameOrDescendantPointersFromSiblingsWithACommonPrefix() {
    assertThat(JsonPointers.isSameOrBelow("/tasks/0", "/tasks/0")).isTrue();
    assertThat(JsonPointers.isSameOrBelow("/tasks/0/env/GOOS", "/tasks/0")).isTrue();
    assertThat(JsonPointers.isSameOrBelow("/tasks/01", "/tasks/0")).isFalse();
    assertThat(JsonPointers.isSameOrBelow("/tasks", "/tasks/0")).isFalse();
  }
}
