package io.github.gocrossbuild.schema;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The outcome of validating one configuration file: its kind and every issue found, sorted by
 * position.
 *
 * <pre>{@code
 * ValidationReport report = ConfigValidator.standard().validate(Path.of("host.json"));
 * if (!report.isValid()) {
 *   throw new IllegalStateException(report.toString());
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class ValidationReport {
  private static final Comparator<ConfigIssue> BY_POSITION =
      Comparator.comparingInt(ConfigIssue::line)
          .thenComparingInt(ConfigIssue::column)
          .thenComparing(ConfigIssue::severity)
          .thenComparing(ConfigIssue::ruleId)
          .thenComparing(ConfigIssue::message);

  ValidationReport() {}

  /**
   * Returns the kind of file that was validated.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract ConfigKind kind();

  /**
   * Returns the file name or path the report is about, as given by the caller.
   *
   * @return e.g. {@code .vscode/tasks.json}
   */
  @Value.Parameter
  public abstract String source();

  /**
   * Returns every issue, sorted by line, then column.
   *
   * @return the issues; empty when the file is clean
   */
  @Value.Parameter
  public abstract List<ConfigIssue> issues();

  /**
   * Creates a report; the issues are sorted by position.
   *
   * @param kind the kind of file
   * @param source the file name or path shown in messages
   * @param issues the issues, in any order
   * @return the report
   */
  public static ValidationReport of(ConfigKind kind, String source, List<ConfigIssue> issues) {
    List<ConfigIssue> sorted = issues.stream().sorted(BY_POSITION).collect(Collectors.toList());
    return ImmutableValidationReport.of(kind, source, sorted);
  }

  /**
   * Tells whether the file has no errors; warnings are allowed.
   *
   * @return true when no issue has severity {@link ConfigIssue.Severity#ERROR}
   */
  public boolean isValid() {
    return issues().stream().noneMatch(ConfigIssue::isError);
  }

  /**
   * Returns the errors only.
   *
   * @return the issues with severity ERROR, in position order
   */
  public List<ConfigIssue> errors() {
    return issues().stream().filter(ConfigIssue::isError).collect(Collectors.toList());
  }

  /**
   * Returns the warnings only.
   *
   * @return the issues with severity WARNING, in position order
   */
  public List<ConfigIssue> warnings() {
    return issues().stream().filter(i -> !i.isError()).collect(Collectors.toList());
  }

  /**
   * Formats the report like compiler output: one line per issue, or a single line saying the file
   * is clean.
   *
   * @return the issues, one per line
   */
  @Override
  public String toString() {
    if (issues().isEmpty()) {
      return source() + ": no issues";
    }
    return issues().stream().map(ConfigIssue::toString).collect(Collectors.joining("\n"));
  }
}
