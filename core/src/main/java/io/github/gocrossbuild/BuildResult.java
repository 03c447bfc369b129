package io.github.gocrossbuild;

import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.internal.GoCrossStyle;
import io.github.gocrossbuild.spi.Toolchain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A finished build: the proven artifact, how it was made, and what to know about it. */
@Value.Immutable
@GoCrossStyle
public abstract class BuildResult {

  BuildResult() {}

  /**
   * Returns the target built.
   *
   * @return the target
   */
  public abstract Target target();

  /**
   * Returns the artifact on this machine.
   *
   * @return e.g. {@code <module>/bin/app-linux-arm64}
   */
  public abstract Path artifact();

  /**
   * Returns what the artifact is, read from the file: format, OS, arch, linking, stripping and Go
   * build info. Always filled, also with {@code verify(false)}.
   *
   * @return the binary report
   */
  public abstract GoBinary binary();

  /**
   * Returns the smoke run's outcome, when {@code smokeTest(...)} was asked for.
   *
   * @return the result (possibly a skip with its reason), or empty
   */
  public abstract Optional<SmokeTestResult> smokeTest();

  /**
   * Returns the {@code go build} argv that was run. The library has {@code go} write to a hidden
   * temporary file next to the artifact and renames it once proven; the argv shows the final
   * artifact path after {@code -o}.
   *
   * @return the command, {@code go} first
   */
  public abstract List<String> command();

  /**
   * Returns the build's environment, every variable with its provenance.
   *
   * @return the resolved environment
   */
  public abstract ResolvedEnv environment();

  /**
   * Returns the cgo setting that applied and why.
   *
   * @return the decision
   */
  public abstract CgoDecision cgo();

  /**
   * Returns the toolchain used.
   *
   * @return the toolchain with its {@code go version} and {@code go env}
   */
  public abstract Toolchain toolchain();

  /**
   * Returns the name of the host the build ran on.
   *
   * @return e.g. {@code local}
   */
  public abstract String host();

  /**
   * Returns how long the build took, proof included.
   *
   * @return the duration
   */
  public abstract Duration duration();

  /**
   * Returns what {@code go build} printed.
   *
   * @return the output, usually empty
   */
  public abstract String output();

  /**
   * Returns warnings about the artifact or environment that did not fail the build.
   *
   * @return the warnings, each one sentence
   */
  public abstract List<String> warnings();

  /**
   * Creates a builder; used by build hosts and the library.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BuildResult} values. */
  public static final class Builder extends ImmutableBuildResult.Builder {
    Builder() {}
  }
}
