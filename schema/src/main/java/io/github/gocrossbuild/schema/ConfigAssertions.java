package io.github.gocrossbuild.schema;

import java.nio.file.Path;

/**
 * Entry point of the AssertJ assertions for configuration files (AssertJ is an optional dependency
 * of this module: add it to your test classpath).
 *
 * <pre>{@code
 * import static io.github.gocrossbuild.schema.ConfigAssertions.assertThatConfig;
 *
 * assertThatConfig(Path.of(".vscode/tasks.json")).isValid().hasNoIssue("go.goarch-alias");
 * }</pre>
 */
public final class ConfigAssertions {
  private ConfigAssertions() {}

  /**
   * Validates a file with {@link ConfigValidator#standard()} and starts assertions on the report;
   * the kind is told from the file name.
   *
   * @param file the configuration file
   * @return the assertion
   * @throws ConfigFileException when the file cannot be read or its name is not recognised
   */
  public static ConfigAssert assertThatConfig(Path file) {
    return new ConfigAssert(ConfigValidator.standard().validate(file));
  }

  /**
   * Starts assertions on a report already made, e.g. from {@link
   * ConfigValidator#validate(ConfigKind, String)}.
   *
   * @param report the report
   * @return the assertion
   */
  public static ConfigAssert assertThat(ValidationReport report) {
    return new ConfigAssert(report);
  }
}
