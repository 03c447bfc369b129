package io.github.gocrossbuild.spi;

import io.github.gocrossbuild.GoDownloads;
import io.github.gocrossbuild.SmokeTestResult;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.ToolchainNotFoundException;
import java.util.List;
import java.util.Optional;

/**
 * Where a build runs: this machine ({@link io.github.gocrossbuild.BuildHosts#local()}) or, with the
 * ssh module, a remote host.
 *
 * <p>A host finds a toolchain, reports the environment {@code go} would inherit there, and runs
 * {@code go build}, leaving the artifact at a local path. Proof, atomic placement and events are
 * the caller's job, so every host gets them alike. Implementations must be safe for concurrent
 * builds (a matrix runs several at once).
 */
public interface BuildHost extends AutoCloseable {

  /**
   * Returns a short name for messages and events.
   *
   * @return e.g. {@code local} or {@code pi@raspberry:22}
   */
  String name();

  /**
   * Returns the platform of the host machine.
   *
   * @return the host's own target, or empty when unknown
   */
  Optional<Target> platform();

  /**
   * Finds the Go toolchain.
   *
   * @param goCommand an explicit {@code go} path as the host spells it, or empty to discover one
   * @param extraEnv variables the build adds (a GOROOT here is looked at first)
   * @return the toolchain
   * @throws io.github.gocrossbuild.ToolchainNotFoundException listing every place looked, when
   *     there is none
   */
  Toolchain toolchain(Optional<String> goCommand, java.util.Map<String, String> extraEnv);

  /**
   * Finds a toolchain of exactly this version, installing it when the host lacks it. This default
   * only looks: it returns the discovered toolchain when its version matches and otherwise throws.
   * The local and SSH hosts install the version through {@code downloads}.
   *
   * @param goVersion e.g. {@code go1.23.5}
   * @param downloads where to install it from
   * @param extraEnv variables the build adds
   * @return the toolchain; its {@code foundBy()} says whether it was found or installed, and where
   * @throws io.github.gocrossbuild.ToolchainNotFoundException when the host has no such toolchain
   *     and cannot install one
   * @throws io.github.gocrossbuild.ToolchainDownloadException when the install fails
   */
  default Toolchain toolchain(
      String goVersion, GoDownloads downloads, java.util.Map<String, String> extraEnv) {
    Toolchain found = toolchain(Optional.empty(), extraEnv);
    if (found.goVersion().equals(goVersion)) {
      return found;
    }
    throw new ToolchainNotFoundException(
        String.format(
            "goVersion(%s): %s has %s (%s) and cannot install another toolchain",
            goVersion, name(), found.goVersion(), found.foundBy()),
        java.util.List.of(
            found.foundBy() + " " + found.goCommand() + " (" + found.goVersion() + ")"));
  }

  /**
   * Returns the targets a toolchain on this host builds, as its {@code go tool dist list -broken
   * -json} tells, asked once per toolchain. The library refuses a pair the table lacks before the
   * build, warns about a broken port and takes the cgo flag from it. The local and SSH hosts ask
   * the toolchain; this default cannot and returns empty, and the library then checks targets
   * against the pairs Go 1.21 to 1.24 list.
   *
   * @param toolchain a toolchain this host returned
   * @return the table, or empty when this host cannot tell
   */
  default Optional<TargetTable> targetTable(Toolchain toolchain) {
    return Optional.empty();
  }

  /**
   * Returns the environment {@code go} inherits on this host, with its go env files.
   *
   * @param toolchain the toolchain (its GOROOT locates {@code go.env})
   * @return the environment
   */
  HostEnvironment environment(Toolchain toolchain);

  /**
   * Runs {@code go build} and writes the artifact to {@link HostBuildRequest#artifact()}.
   *
   * @param request what to run
   * @return the command, exit code and output; a non-zero exit is returned, not thrown
   * @throws io.github.gocrossbuild.BuildTimeoutException when the request's timeout passes (the
   *     process tree is killed)
   */
  HostBuildOutcome build(HostBuildRequest request);

  /**
   * Runs a built artifact on this host, when the host can run it natively (its platform matches the
   * target). The local host returns empty and the library runs the artifact on this machine
   * (natively or under qemu-user) instead.
   *
   * @param artifact the proven artifact on this machine
   * @param target the target it was built for
   * @param args the arguments
   * @param timeout how long it may run
   * @return the result (a non-zero exit is a result, not an exception), or empty when this host
   *     does not run it
   */
  default java.util.Optional<SmokeTestResult> smokeRun(
      java.nio.file.Path artifact,
      Target target,
      java.util.List<String> args,
      java.time.Duration timeout) {
    return java.util.Optional.empty();
  }

  /**
   * Returns how many builds a pool ({@code BuildHosts.pool(...)}) sends this host at once.
   *
   * @return at least 1; by default the number of processors of this machine (an SSH host answers
   *     with its own, learnt from the probe)
   */
  default int buildSlots() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Tells whether this host can build the target with cgo although it is not the host's own
   * platform, that is whether a C cross compiler for it is known here. A pool sends a cgo target
   * only to a host of the target's platform or to one that answers true. This is the one hook for C
   * compiler discovery; by default no cross compiler is known.
   *
   * @param target a target that is not the host's platform
   * @return true when a cgo build for the target can run here
   */
  default boolean compilesCgoFor(Target target) {
    return false;
  }

  /**
   * Finds the C compiler for a cgo build on this host and checks, before {@code go build}, that it
   * compiles and links a C program for the target. The local host returns empty: the library then
   * looks on this machine ({@code <triple>-gcc}, zig, clang) itself.
   *
   * @param target the target
   * @param cc the compiler the caller gave ({@code cc(...)} or {@code env("CC", ...)}), if any
   * @param staticLink whether the build links statically (the check links with {@code -static})
   * @param check whether to run the check (false when only explaining the environment)
   * @return the compiler, or empty when the library should look locally
   * @throws io.github.gocrossbuild.CgoToolchainException when this host has no working compiler for
   *     the target
   */
  default Optional<CCompiler> cCompiler(
      Target target, Optional<String> cc, boolean staticLink, boolean check) {
    return Optional.empty();
  }

  /**
   * Identifies the programs that make a build's bytes on this host, for the build cache's key. The
   * local host's are hashed by the library itself; the SSH host answers with one remote command,
   * remembered per connection while the files keep their size and time. This default cannot tell,
   * and builds on such a host are never cached (a {@code cache.not-keyed} warning says so).
   *
   * @param toolchain a toolchain this host returned
   * @param cc the {@code CC} of a cgo build, or empty without cgo
   * @param ccFlags the words the build gives the C compiler besides its name ({@code CC}'s further
   *     words, then {@code CGO_LDFLAGS}'s), with which it is asked where its C library is ({@link
   *     HostToolIdentity#LIBC_FILES})
   * @param path the {@code PATH} the build runs with, where a bare {@code cc} name is looked up
   * @return the identity, or empty when this host cannot tell
   */
  default Optional<HostToolIdentity> toolIdentity(
      Toolchain toolchain, Optional<String> cc, List<String> ccFlags, String path) {
    return Optional.empty();
  }

  /** Releases the host's resources; the local host has none. */
  @Override
  default void close() {}
}
