package io.github.gocrossbuild.spi;

import io.github.gocrossbuild.BuildListener;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.GoCrossStyle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link BuildHost} is asked to run: {@code <go> build <flags> -o <artifact> <package>} in
 * the module directory, with an exact process environment.
 */
@Value.Immutable
@GoCrossStyle
public abstract class HostBuildRequest {

  HostBuildRequest() {}

  /**
   * Returns the target being built.
   *
   * @return the target
   */
  public abstract Target target();

  /**
   * Returns the toolchain to run.
   *
   * @return the toolchain the host found
   */
  public abstract Toolchain toolchain();

  /**
   * Returns the local Go module directory.
   *
   * @return the directory holding go.mod
   */
  public abstract Path moduleDir();

  /**
   * Returns the flags after {@code build}, before {@code -o}.
   *
   * @return e.g. {@code [-trimpath, -ldflags=-s -w]}
   */
  public abstract List<String> flags();

  /**
   * Returns the package to build, relative to the module directory or an import path.
   *
   * @return e.g. {@code .} or {@code ./cmd/server}
   */
  public abstract String pkg();

  /**
   * Returns the complete process environment for {@code go}: the host's variables with the
   * builder's layers applied.
   *
   * @return variable name to value
   */
  public abstract Map<String, String> environment();

  /**
   * Returns the local file the artifact must be written to; the host writes here and nowhere else,
   * and the caller moves it into place after proving it.
   *
   * @return a temporary file path next to the final artifact
   */
  public abstract Path artifact();

  /**
   * Returns the time limit for the build.
   *
   * @return the timeout, or empty for none
   */
  public abstract Optional<Duration> timeout();

  /**
   * Returns where to send output lines and progress.
   *
   * @return the listener (never null; may do nothing)
   */
  public abstract BuildListener listener();

  /**
   * Returns Go's shared action cache for a host that is not this machine to offer its {@code go
   * build} through {@code GOCACHEPROG}; a host that cannot (or whose Go is older than 1.24) ignores
   * it. Builds on this machine get the variables in {@link #environment()} instead.
   *
   * @return the cache program, or empty
   */
  public abstract Optional<GoCacheProgram> cacheProgram();

  /**
   * Returns the {@code go build} argv for this request, writing to the given output path.
   *
   * @param output where {@code -o} points, as the host spells it
   * @return {@code <go> build <flags> -o <output> <package>}
   */
  public List<String> goBuildArgv(String output) {
    List<String> argv = new java.util.ArrayList<>();
    argv.add(toolchain().goCommand());
    argv.add("build");
    argv.addAll(flags());
    argv.add("-o");
    argv.add(output);
    argv.add(pkg());
    return List.copyOf(argv);
  }

  /**
   * Creates a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HostBuildRequest} values. */
  public static final class Builder extends ImmutableHostBuildRequest.Builder {
    Builder() {}
  }
}
