package io.github.gocrossbuild;

import java.nio.file.Path;

/**
 * Thrown before a build when the module's go.mod needs a newer Go than the chosen toolchain and
 * {@code GOTOOLCHAIN=local} forbids switching (go would fail with "go.mod requires go &gt;= ...").
 */
public class ToolchainTooOldException extends GoCrossBuildException {
  private static final long serialVersionUID = 1L;

  private final transient Path goMod;
  private final String required;
  private final String toolchainVersion;

  /**
   * Creates the exception.
   *
   * @param message what is needed and how to get it
   * @param goMod the go.mod file
   * @param required the version its {@code go} line needs, e.g. {@code 1.99}
   * @param toolchainVersion the chosen toolchain's version, e.g. {@code go1.23.5}
   */
  public ToolchainTooOldException(
      String message, Path goMod, String required, String toolchainVersion) {
    super(message);
    this.goMod = goMod;
    this.required = required;
    this.toolchainVersion = toolchainVersion;
  }

  /**
   * Returns the go.mod file.
   *
   * @return its path
   */
  public Path goMod() {
    return goMod;
  }

  /**
   * Returns the Go version the module needs.
   *
   * @return e.g. {@code 1.99}
   */
  public String required() {
    return required;
  }

  /**
   * Returns the chosen toolchain's version.
   *
   * @return e.g. {@code go1.23.5}
   */
  public String toolchainVersion() {
    return toolchainVersion;
  }
}
