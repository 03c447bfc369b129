package io.github.gocrossbuild.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.schema.ConfigIssue;
import io.github.gocrossbuild.schema.ConfigKind;
import io.github.gocrossbuild.schema.ValidationReport;
import java.nio.charset.StandardCharsets;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Tests for {@link ValidationEngine}. */
class ValidationEngineTest {
  private final ValidationEngine engine = new ValidationEngine(SourceText.MAX_BYTES);

  @Test
  void shouldLetARuleReplaceTheSchemaIssueAtTheSamePointer() {
    ValidationReport report =
        engine.validate(
            ConfigKind.VSCODE_TASKS,
            "tasks.json",
            "{\"version\": \"2.0.0\", \"tasks\": [{\"label\": \"b\", \"command\": \"go\","
                + " \"env\": {}}]}");

    assertThat(report.issues())
        .extracting(ConfigIssue::ruleId, ConfigIssue::pointer)
        .containsExactly(Tuple.tuple("tasks.env-outside-options", "/tasks/0/env"));
  }

  @Test
  void shouldReportContentOverTheLimitAsTooLargeWithoutParsingIt() {
    ValidationEngine small = new ValidationEngine(10);

    ValidationEngine.Parsed parsed =
        small.parse(
            ConfigKind.AZURE_FUNCTIONS_HOST,
            "host.json",
            "{\"version\": \"2.0\"}".getBytes(StandardCharsets.UTF_8));
    ValidationReport text =
        small.validate(ConfigKind.AZURE_FUNCTIONS_HOST, "host.json", "{\"version\": \"2.0\"}");

    assertThat(parsed.root()).isEmpty();
    assertThat(parsed.sink().issues()).extracting(ConfigIssue::ruleId).containsExactly("too-large");
    assertThat(text.issues()).extracting(ConfigIssue::ruleId).containsExactly("too-large");
  }

  @Test
  void shouldParseWithoutValidatingForCrossFileChecks() {
    ValidationEngine.Parsed parsed =
        engine.parse(
            ConfigKind.AZURE_FUNCTIONS_HOST,
            "host.json",
            "{\"verzion\": 2}".getBytes(StandardCharsets.UTF_8));
    ValidationEngine.Parsed broken =
        engine.parse(
            ConfigKind.AZURE_FUNCTIONS_HOST,
            "host.json",
            "{\"version\": \"2.0\",}".getBytes(StandardCharsets.UTF_8));

    assertThat(parsed.root().orElseThrow().path("verzion").intValue()).isEqualTo(2);
    assertThat(parsed.sink().issues()).isEmpty();
    assertThat(broken.root()).isEmpty();
    assertThat(broken.sink().issues())
        .extracting(ConfigIssue::toString)
        .containsExactly(
            "host.json:1:18: error [syntax] Trailing comma before '}'; remove it, this file must be"
                + " strict JSON.");
  }
}
