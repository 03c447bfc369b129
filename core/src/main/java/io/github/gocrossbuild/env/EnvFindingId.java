package io.github.gocrossbuild.env;

/**
 * Every id an {@link EnvFinding} can carry, each with the stable string users match on. {@code
 * docs/ids.md} lists them with the trap each names, and a test keeps that list equal to this one.
 */
public enum EnvFindingId {
  /** A Go variable has a value go rejects or silently reads as unset. */
  INVALID_VALUE("env.invalid-value"),
  /** A variable written with {@code go env -w} is hidden by the process environment. */
  GO_ENV_SHADOWED("env.go-env-shadowed"),
  /** A consumer inherits a GOOS/GOARCH it should not build or run tools for. */
  TARGET_INHERITED("env.target-inherited"),
  /** GOFLAGS sets a flag the command line sets differently. */
  GOFLAGS_CONFLICT("env.goflags-conflict"),
  /** A cross build turns cgo off by Go's default, not by choice. */
  CGO_OFF_CROSS("env.cgo-off-cross"),
  /** cgo is on for a cross build without a C compiler for the target. */
  CGO_CROSS_NO_CC("env.cgo-cross-no-cc"),
  /** go.mod asks for a newer Go than the local toolchain, and GOTOOLCHAIN decides what happens. */
  GOTOOLCHAIN_SWITCH("env.gotoolchain-switch"),
  /** A tasks.json task sets {@code env} directly, which VS Code ignores. */
  TASK_ENV_IGNORED("env.task-env-ignored"),
  /** {@code go.toolsEnvVars} sets the target, so tools and debugging build for it. */
  TOOLS_ENV_TARGET("env.tools-env-target"),
  /** A VS Code variable that cannot be resolved outside the editor. */
  UNRESOLVED_VARIABLE("env.unresolved-variable"),
  /** An env file a task or launch configuration reads does not exist. */
  ENV_FILE_MISSING("env.env-file-missing"),
  /**
   * {@code go.goroot}, {@code go.gopath}, {@code go.toolsGopath} or {@code go.alternateTools} names
   * a path that does not exist on the machine where the workspace lives.
   */
  SETTING_PATH_MISSING("env.setting-path-missing"),
  /** {@code go.formatTool} names a formatter that is not installed where the workspace lives. */
  FORMAT_TOOL_MISSING("env.format-tool-missing");

  private final String id;

  EnvFindingId(String id) {
    this.id = id;
  }

  /**
   * Returns the id users see and match on.
   *
   * @return e.g. {@code env.task-env-ignored}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the id.
   *
   * @return the same as {@link #id()}
   */
  @Override
  public String toString() {
    return id;
  }
}
