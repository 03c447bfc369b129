package io.github.gocrossbuild.config;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Go-extension settings of a workspace's {@code .vscode/settings.json} that decide the
 * environment of tools, tests, debugging and the tool installer. Values are as written in the
 * file (no {@code ${...}} substitution yet: which substitution applies depends on the consumer).
 */
@Value.Immutable
public abstract class VsCodeSettings {

  VsCodeSettings() {}

  /**
   * Returns the file the settings came from.
   *
   * @return e.g. {@code .vscode/settings.json}; empty when the workspace has none
   */
  public abstract Optional<String> file();

  /**
   * Returns {@code go.toolsEnvVars}; non-string values are converted as JavaScript's {@code
   * String(v)} would when the extension passes them to a process.
   *
   * @return name to value, file order
   */
  public abstract Map<String, String> toolsEnvVars();

  /**
   * Returns {@code go.testEnvVars}.
   *
   * @return name to value, file order
   */
  public abstract Map<String, String> testEnvVars();

  /**
   * Returns {@code go.testEnvFile}.
   *
   * @return the path as written
   */
  public abstract Optional<String> testEnvFile();

  /**
   * Returns {@code go.gopath}.
   *
   * @return the value as written
   */
  public abstract Optional<String> gopath();

  /**
   * Returns {@code go.goroot}.
   *
   * @return the value as written
   */
  public abstract Optional<String> goroot();

  /**
   * Returns {@code go.toolsGopath}.
   *
   * @return the value as written
   */
  public abstract Optional<String> toolsGopath();

  /**
   * Returns {@code go.inferGopath}.
   *
   * @return true when set to true
   */
  @Value.Default
  public boolean inferGopath() {
    return false;
  }

  /**
   * Returns VS Code's {@code http.proxy}, which the Go extension copies into the proxy variables.
   *
   * @return the proxy URL
   */
  public abstract Optional<String> httpProxy();

  /**
   * Returns {@code go.toolsManagement.buildEnvVars}, applied by the tool installer last.
   *
   * @return name to value
   */
  public abstract Map<String, String> toolsBuildEnvVars();

  /**
   * Returns every top-level setting whose value is a string or number, for {@code ${config:...}}.
   *
   * @return setting name to value
   */
  public abstract Map<String, String> scalarSettings();

  /**
   * Returns an empty settings value, for a workspace without settings.json.
   *
   * @return the empty settings
   */
  public static VsCodeSettings empty() {
    return builder().build();
  }

  /**
   * Creates a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VsCodeSettings} values. */
  public static final class Builder extends ImmutableVsCodeSettings.Builder {
    Builder() {}
  }
}
