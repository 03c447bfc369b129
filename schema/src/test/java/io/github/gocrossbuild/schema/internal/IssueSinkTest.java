package io.github.gocrossbuild.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.schema.ConfigIssue;
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
    sink.flag(RuleId.EMPTY_FILE, "/tasks/0/env", "At the value.");
    sink.flagKey(RuleId.SYNTAX, "/tasks/0/env", "At the key.");
    sink.flag(RuleId.DUPLICATE_KEY, "/tasks/0/env/GOOS", "Below a known node.");

    assertThat(sink.issues())
        .extracting(ConfigIssue::toString)
        .containsExactly(
            "tasks.json:4:14: warning [empty-file] At the value.",
            "tasks.json:4:7: error [syntax] At the key.",
            "tasks.json:4:14: warning [duplicate-key] Below a known node.");
    assertThat(sink.hasErrors()).isTrue();
    assertThat(sink.source()).isEqualTo("tasks.json");
  }

  @Test
  void shouldTreatTheExplainedNodeAndItsDescendantsAsExplained() {
    sink.explainKey(RuleId.TASKS_ENV_OUTSIDE_OPTIONS, "/tasks/0/env", "Move it.");

    assertThat(sink.isExplained("/tasks/0/env")).isTrue();
    assertThat(sink.isExplained("/tasks/0/env/GOOS")).isTrue();
    assertThat(sink.isExplained("/tasks/0/environment")).isFalse();
    assertThat(sink.isExplained("/tasks/0")).isFalse();
    assertThat(sink.issues())
        .extracting(ConfigIssue::line, ConfigIssue::column)
        .containsExactly(Tuple.tuple(4, 7));
  }

  @Test
  void shouldTakeTheSeverityFromTheRule() {
    sink.flag(RuleId.GO_REMOVED_SETTING, "/tasks/0/env", "Removed.");
    sink.flag(RuleId.TASKS_ENV_OUTSIDE_OPTIONS, "/tasks/0/env", "Ignored.");

    assertThat(sink.issues())
        .extracting(ConfigIssue::severity, ConfigIssue::ruleId)
        .containsExactly(
            Tuple.tuple(ConfigIssue.Severity.WARNING, "go.removed-setting"),
            Tuple.tuple(ConfigIssue.Severity.ERROR, "tasks.env-outside-options"));
  }

  @Test
  void shouldHaveNoErrorsWithOnlyWarnings() {
    sink.explainValue(RuleId.EMPTY_FILE, "/missing", "A warning.");

    assertThat(sink.hasErrors()).isFalse();
    assertThat(sink.isExplained("/missing")).isTrue();
    assertThat(sink.issues())
        .extracting(ConfigIssue::toString)
        .containsExactly("tasks.json:1:1: warning [empty-file] A warning.");
  }
}
