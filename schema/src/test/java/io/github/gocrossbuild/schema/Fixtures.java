package io.github.gocrossbuild.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.testing.RealTools;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/** Test helpers: validate small inline files and find the shared corpus. */
public final class Fixtures {
  /** The corpus folders that hold configuration files, with their kind. */
  public static final Map<String, ConfigKind> CORPUS_KINDS =
      Map.of(
          "devcontainer", ConfigKind.DEVCONTAINER,
          "goreleaser", ConfigKind.GORELEASER,
          "host.json", ConfigKind.AZURE_FUNCTIONS_HOST,
          "launch.json", ConfigKind.VSCODE_LAUNCH,
          "tasks.json", ConfigKind.VSCODE_TASKS,
          "vscode-settings", ConfigKind.VSCODE_SETTINGS);

  private Fixtures() {}

  /**
   * Validates lines joined with newlines.
   *
   * @param kind the kind
   * @param lines the file, one element per line
   * @return the report
   */
  public static ValidationReport validate(ConfigKind kind, String... lines) {
    return ConfigValidator.standard().validate(kind, String.join("\n", lines));
  }

  /**
   * Returns the only issue of a rule, failing when there is not exactly one.
   *
   * @param report the report
   * @param ruleId the rule
   * @return the issue
   */
  public static ConfigIssue only(ValidationReport report, String ruleId) {
    List<ConfigIssue> found =
        report.issues().stream()
            .filter(i -> i.ruleId().equals(ruleId))
            .collect(Collectors.toList());
    assertThat(found).as("issues [%s] in%n%s", ruleId, report).hasSize(1);
    return found.get(0);
  }

  /**
   * Summarises issues as {@code rule@line:column}, in position order.
   *
   * @param report the report
   * @return the summaries
   */
  public static List<String> summary(ValidationReport report) {
    return report.issues().stream()
        .map(i -> i.ruleId() + "@" + i.line() + ":" + i.column())
        .collect(Collectors.toList());
  }

  /**
   * Finds {@code shared/corpus/configs} beside the repository (or any parent folder of the working
   * directory); under {@code CI=true} a missing corpus fails, elsewhere the test is skipped with a
   * message.
   *
   * @return the corpus folder
   */
  public static Path corpus() {
    return corpus(Path.of("").toAbsolutePath(), "true".equals(System.getenv("CI")));
  }

  /**
   * Finds {@code shared/corpus/configs} beside {@code start} or any of its parents.
   *
   * @param start the folder to look upward from
   * @param ci whether a missing corpus fails the test instead of skipping it
   * @return the corpus folder
   * @throws AssertionError when the corpus is missing and {@code ci} is true
   * @throws org.opentest4j.TestAbortedException when the corpus is missing and {@code ci} is false
   */
  static Path corpus(Path start, boolean ci) {
    Optional<Path> found = RealTools.findCorpus(start);
    if (found.isPresent()) {
      return found.get();
    }
    String message =
        "shared/corpus/configs not found beside " + start + " or any of its parent folders";
    if (ci) {
      throw new AssertionError(message + " (CI=true requires it)");
    }
    Assumptions.abort(message + "; skipping corpus tests");
    return null;
  }
}
