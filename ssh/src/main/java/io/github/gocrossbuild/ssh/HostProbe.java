package io.github.gocrossbuild.ssh;

import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.GoCrossStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link SshBuildHost#probe()} found on a host before building: platform, Go toolchain, libc,
 * C compiler, and whether VS Code Server (Remote-SSH) can run there.
 */
@Value.Immutable
@GoCrossStyle
public abstract class HostProbe {

  HostProbe() {}

  /**
   * Returns {@code uname -s -m} as the host printed it.
   *
   * @return e.g. {@code Linux aarch64}
   */
  public abstract String uname();

  /**
   * Returns the host's native target.
   *
   * @return e.g. {@code linux/arm64}; empty when uname names a pair Go does not know
   */
  public abstract Optional<Target> target();

  /**
   * Returns the Go version.
   *
   * @return e.g. {@code go1.23.5}; empty when no toolchain was found
   */
  public abstract Optional<String> goVersion();

  /**
   * Returns the {@code go} command found.
   *
   * @return its path on the host; empty when none was found
   */
  public abstract Optional<String> goCommand();

  /**
   * Returns how {@code go} was found.
   *
   * @return e.g. {@code PATH}, {@code login shell PATH (/bin/bash -lc)}, {@code well-known place
   *     /usr/local/go/bin}
   */
  public abstract Optional<String> goFoundBy();

  /**
   * Tells whether {@code go} is reachable only through a login shell, the classic {@code ~/.bashrc}
   * guard trap (see {@link #notes()}).
   *
   * @return true when a plain {@code ssh host go} would not find it
   */
  public abstract boolean goOnlyInLoginShell();

  /**
   * Returns {@code go env -json} on the host (GOROOT, GOPATH, GOCACHE, GOOS, GOARCH, CGO_ENABLED,
   * CC, GOPROXY, ...).
   *
   * @return name to value; empty when no toolchain was found
   */
  public abstract Map<String, String> goEnv();

  /**
   * Returns every place looked for {@code go} when none was found.
   *
   * @return the places, each with what was there
   */
  public abstract List<String> placesLooked();

  /**
   * Returns the C library.
   *
   * @return e.g. {@code glibc 2.36} or {@code musl 1.2.4}; empty when unknown
   */
  public abstract Optional<String> libc();

  /**
   * Returns the highest {@code GLIBCXX} version libstdc++ provides.
   *
   * @return e.g. {@code 3.4.30}; empty when libstdc++ was not found
   */
  public abstract Optional<String> glibcxx();

  /**
   * Returns the C compiler a cgo build would use.
   *
   * @return its path (from {@code CC}, else {@code cc}, {@code gcc}, {@code clang}); empty when
   *     there is none
   */
  public abstract Optional<String> cCompiler();

  /**
   * Returns why VS Code Server would refuse this host (glibc ≥ 2.28 and GLIBCXX ≥ 3.4.25, or musl ≥
   * 1.2.3).
   *
   * @return the unmet prerequisites; empty when the host meets them all
   */
  public abstract List<String> vsCodeServerProblems();

  /**
   * Returns the typed findings about the host, each with its fix, such as {@link
   * io.github.gocrossbuild.WarningId#SSH_GO_EMULATED} when {@code go} is built for another
   * architecture than the machine and runs emulated. A build on the host sends the same findings as
   * {@link io.github.gocrossbuild.BuildEvent.Warning} events before {@code go build} runs.
   *
   * @return the findings; empty when there is nothing to fix
   */
  public abstract List<BuildWarning> findings();

  /**
   * Returns explanations worth reading, such as why {@code go} is only on the login PATH.
   *
   * @return the notes
   */
  public abstract List<String> notes();

  /**
   * Tells whether VS Code Server's own prerequisites are met.
   *
   * @return true when {@link #vsCodeServerProblems()} is empty
   */
  public boolean meetsVsCodeServerPrerequisites() {
    return vsCodeServerProblems().isEmpty();
  }

  /**
   * Creates a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HostProbe} values. */
  public static final class Builder extends ImmutableHostProbe.Builder {
    Builder() {}
  }
}
