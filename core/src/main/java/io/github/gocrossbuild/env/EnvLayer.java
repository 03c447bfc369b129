package io.github.gocrossbuild.env;

/**
 * A place a Go environment variable's value can come from.
 *
 * <p>Layers marked {@linkplain #isReadByGo() read by Go} are files and defaults that the {@code go}
 * command consults itself, and only when the process environment has no non-empty value. The others
 * build the process environment that {@code go} is started with.
 */
public enum EnvLayer {
  /** Go's built-in default (host GOOS/GOARCH, the cgo rule, GOPATH=$HOME/go, ...). */
  GO_DEFAULT("Go's built-in default", true),
  /** The toolchain's {@code $GOROOT/go.env} (Go 1.21+); never sets GOROOT. */
  GOROOT_ENV_FILE("$GOROOT/go.env", true),
  /** The user's go env file, written by {@code go env -w} ({@code GOENV}). */
  USER_ENV_FILE("go env file (go env -w)", true),
  /** The environment of the process that starts {@code go}. */
  PROCESS("process environment", false),
  /** The Go extension's {@code go.toolsEnvVars} setting. */
  VSCODE_TOOLS_ENV_VARS("settings.json go.toolsEnvVars", false),
  /** VS Code's {@code http.proxy}, which the Go extension copies into the proxy variables. */
  VSCODE_HTTP_PROXY("settings.json http.proxy", false),
  /** The Go extension's {@code go.gopath}, {@code go.goroot} and {@code go.toolsGopath}. */
  VSCODE_GO_PATH_SETTINGS("settings.json go.gopath/go.goroot", false),
  /** The Go extension's {@code go.testEnvFile}. */
  VSCODE_TEST_ENV_FILE("settings.json go.testEnvFile", false),
  /** The Go extension's {@code go.testEnvVars}. */
  VSCODE_TEST_ENV_VARS("settings.json go.testEnvVars", false),
  /** A launch configuration's {@code envFile}. */
  LAUNCH_ENV_FILE("launch.json envFile", false),
  /** settings.json {@code terminal.integrated.env.<os>}, for the integrated terminal. */
  VSCODE_TERMINAL_ENV("settings.json terminal.integrated.env", false),
  /** A launch configuration's {@code env}. */
  LAUNCH_ENV("launch.json env", false),
  /** The top-level {@code options.env} of tasks.json. */
  TASKS_OPTIONS_ENV("tasks.json options.env", false),
  /** A task's own {@code options.env} (and its OS-specific override). */
  TASK_OPTIONS_ENV("task options.env", false),
  /** Variables the Go extension's tool installer deletes before running {@code go install}. */
  TOOL_INSTALLER("Go extension tool installer", false),
  /** The tool installer's {@code go.toolsManagement.buildEnvVars}. */
  VSCODE_TOOLS_BUILD_ENV_VARS("settings.json go.toolsManagement.buildEnvVars", false),
  /** Variables given to {@code GoCrossBuilder.env(name, value)}. */
  BUILDER_ENV("GoCrossBuilder.env(...)", false),
  /** GOOS, GOARCH and the variant variable the builder sets for its target. */
  BUILDER_TARGET("GoCrossBuilder target", false),
  /** CGO_ENABLED as set by {@code noCgo()} or {@code cgo()}. */
  BUILDER_CGO("GoCrossBuilder noCgo()/cgo()", false);

  private final String description;
  private final boolean readByGo;

  EnvLayer(String description, boolean readByGo) {
    this.description = description;
    this.readByGo = readByGo;
  }

  /**
   * Returns a short human description.
   *
   * @return e.g. {@code "go env file (go env -w)"}
   */
  public String description() {
    return description;
  }

  /**
   * Tells whether the {@code go} command reads this layer itself (below any non-empty process
   * value), rather than it being part of the process environment.
   *
   * @return true for Go's default, {@code $GOROOT/go.env} and the user's go env file
   */
  public boolean isReadByGo() {
    return readByGo;
  }
}
