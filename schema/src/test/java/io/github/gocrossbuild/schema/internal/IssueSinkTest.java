package io.github.gocrossbuild.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.schema.ConfigIssue;
import io.github.gocrossbuild.schema.ConfigIssue.Severity;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Tests for {@link IssueSink}. */
class IssueSinkTest {
  private final SourceMap map = new SourceMap();
  private final IssueSink sink = new IssueSink("tasks.json", map);

  IssueSinkTest() {
    map.putKey("/tasks/0/env", SourceMap.pack(4, 7));
    map.putValue("/tasks/0/env", SourceMap.pack(4, 14));
  }

  @Test
  void shouldPlaceIssuesAtTheValueTheKeyOrTheNearestKnownAncestor() {
    sink.flag(Severity.WARNING, "a", "/tasks/0/env", "At the value.");
    sink.flagKey(Severity.ERROR, "b", "/tasks/0/env", "At the key.");
    sink.flag(Severity.WARNING, "c", "/tasks/0/env/GOOS", "Below a known node.");

    assertThat(sink.issues())
        .extracting(ConfigIssue::toString)
        .containsExactly(
            "tasks.json:4:14: warning [a] At the value.",
            "tasks.json:4:7: error [b] At the key.",
            "tasks.json:4:14: warning [c] Below a known node.");
    assertThat(sink.hasErrors()).isTrue();
    assertThat(sink.source()).isEqualTo("tasks.json");
  }

  @Test
  void shouldTreatTheExplainedNodeAndItsDescendantsAsExplained() {
    sink.explainKey(Severity.ERROR, "tasks.env-outside-options", "/tasks/0/env", "Move it.");

    assertThat(sink.isExplained("/tasks/0/env")).isTrue();
    assertThat(sink.isExplained("/tasks/0/env/GOOS")).isTrue();
    assertThat(sink.isExplained("/tasks/0/environment")).isFalse();
    assertThat(sink.isExplained("/tasks/0")).isFalse();
    assertThat(sink.issues())
        .extracting(ConfigIssue::line, ConfigIssue::column)
        .containsExactly(Tuple.tuple(4, 7));
  }

  @Test
  void shouldHaveNoErrorsWithOnlyWarnings() {
    sink.explainValue(Severity.WARNING, "w", "/missing", "A warning.");

    assertThat(sink.hasErrors()).isFalse();
    assertThat(sink.isExplained("/missing")).isTrue();
    assertThat(sink.issues())
        .extracting(ConfigIssue::toString)
        .containsExactly("tasks.json:1:1: warning [w] A warning.");
  }
}
