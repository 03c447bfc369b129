package io.github.gocrossbuild.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests for {@link Pointers}. */
class PointersTest {

  @Test
  void shouldEscapeTildeAndSlashInMemberNames() {
    assertThat(Pointers.child("", "go.toolsEnvVars")).isEqualTo("/go.toolsEnvVars");
    assertThat(Pointers.child("/files.exclude", "**/bin~x")).isEqualTo("/files.exclude/**~1bin~0x");
    assertThat(Pointers.child("/tasks", 3)).isEqualTo("/tasks/3");
  }

  @Test
  void shouldUnescapeTheLastSegment() {
    assertThat(Pointers.lastSegment("/files.exclude/**~1bin~0x")).isEqualTo("**/bin~x");
    assertThat(Pointers.lastSegment("/tasks/3")).isEqualTo("3");
  }

  @Test
  void shouldTellSameOrDescendantPointersFromSiblingsWithACommonPrefix() {
    assertThat(Pointers.isSameOrBelow("/tasks/0", "/tasks/0")).isTrue();
    assertThat(Pointers.isSameOrBelow("/tasks/0/env/GOOS", "/tasks/0")).isTrue();
    assertThat(Pointers.isSameOrBelow("/tasks/01", "/tasks/0")).isFalse();
    assertThat(Pointers.isSameOrBelow("/tasks", "/tasks/0")).isFalse();
  }
}
