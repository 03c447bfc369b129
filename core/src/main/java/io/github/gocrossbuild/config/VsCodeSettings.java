package io.github.gocrossbuild.config;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Go-extension settings of a workspace's {@code .vscode/settings.json} that decide the
 * environment of tools, tests, debugging and the tool installer. Values are as written in the file
 * (no {@code ${...}} substitution yet: which substitution applies depends on the consumer).
 *
 * <p>Only top-level keys count. A language-specific block such as {@code "[go]": {...}} is not
 * read: VS Code applies such blocks only to settings declared {@code language-overridable} (editor
 * settings like {@code editor.formatOnSave}), and every {@code go.*} setting the extension reads
 * for the environment has scope {@code resource} or {@code machine-overridable}; the extension asks
 * {@code getConfiguration('go', uri)} without a language, so a {@code "[go]"} block never changes
 * any consumer's environment.
 *
 * <p>{@code go.inferGopath} does: when true, the Go extension infers GOPATH from the workspace
 * folder ({@code getCurrentGoPath}) and that value wins over {@code go.gopath}; see {@link
 * #inferGopath()}.
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
   * Returns {@code go.inferGopath}. When true, the tools, tests, debug sessions and the tool
   * installer (without {@code go.toolsGopath}) get GOPATH inferred from the workspace folder: the
   * path before its last {@code src} element, else the folder itself when it has a {@code src/}
   * directory; nothing when that directory holds a {@code go.mod}; a different process GOPATH is
   * appended. Tasks are not affected.
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
   * Returns {@code terminal.integrated.env.linux}, {@code .osx} and {@code .windows}: the variables
   * VS Code's integrated terminal sets on top of the process environment, by OS key; an empty
   * {@code Optional} stands for {@code null}, which removes the variable.
   *
   * @return OS key to name to value (empty: removed)
   */
  public abstract Map<String, Map<String, Optional<String>>> terminalEnv();

  /**
   * Returns every top-level setting whose value is a string or number, for {@code ${config:...}}.
   *
   * @return setting name to value
   */
  public abstract Map<String, String> scalarSettings();

  /**
   * Returns {@code go.alternateTools}: a tool's name to the path or command used instead.
   *
   * @return tool to replacement, file order
   */
  public abstract Map<String, String> alternateTools();

  /**
   * Returns where settings came from when more than one file was merged (a VS Code Server's machine
   * settings under a workspace's {@code settings.json}): a top-level key, or {@code key/member} for
   * a member of an object setting that both files set (VS Code merges those member by member), to
   * the file that set it.
   *
   * @return key to file; empty when every setting came from {@link #file()}
   */
  public abstract Map<String, String> origins();

  /**
   * Names a setting with the file that set it, for explanations.
   *
   * @param key the top-level key, e.g. {@code go.gopath}
   * @return e.g. {@code /home/me/ws/.vscode/settings.json go.gopath}
   */
  public String origin(String key) {
    return origins().getOrDefault(key, file().orElse("settings.json")) + " " + key;
  }

  /**
   * Names a member of an object setting with the file that set it.
   *
   * @param key the top-level key, e.g. {@code go.toolsEnvVars}
   * @param member the member, e.g. {@code GOFLAGS}
   * @return e.g. {@code ~/.vscode-server/data/Machine/settings.json go.toolsEnvVars}
   */
  public String origin(String key, String member) {
    String file = origins().get(key + "/" + member);
    return file == null ? origin(key) : file + " " + key;
  }

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
