package io.github.gocrossbuild;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown before a build when the toolchain that would build cannot build the target: its {@code go
 * tool dist list} has no such GOOS/GOARCH pair, or the target's variant needs a newer Go (the
 * message names the toolchain's version, the version needed when one is, and the fix).
 */
public class TargetNotSupportedException extends GoCrossBuildException {
  private static final long serialVersionUID = 1L;

  private final Target target;
  private final String toolchainVersion;
  private final String introducedIn;

  /**
   * Creates the exception.
   *
   * @param message what the toolchain lacks and how to get it
   * @param target the target asked for
   * @param toolchainVersion the toolchain's version, e.g. {@code go1.24.4}
   * @param introducedIn the Go release that introduced what the target needs, e.g. {@code go1.23};
   *     null when the toolchain simply does not list the pair
   */
  public TargetNotSupportedException(
      String message, Target target, String toolchainVersion, String introducedIn) {
    super(message);
    this.target = Objects.requireNonNull(target, "target");
    this.toolchainVersion = Objects.requireNonNull(toolchainVersion, "toolchainVersion");
    this.introducedIn = introducedIn;
  }

  /**
   * Returns the target asked for.
   *
   * @return e.g. {@code linux/arm64/v8.2}
   */
  public Target target() {
    return target;
  }

  /**
   * Returns the version of the toolchain that would have built.
   *
   * @return e.g. {@code go1.22.12}
   */
  public String toolchainVersion() {
    return toolchainVersion;
  }

  /**
   * Returns the Go release that introduced what the target needs.
   *
   * @return e.g. {@code go1.23} for a {@code GOARM64} variant; empty when the toolchain does not
   *     list the pair
   */
  public Optional<String> introducedIn() {
    return Optional.ofNullable(introducedIn);
  }
}
