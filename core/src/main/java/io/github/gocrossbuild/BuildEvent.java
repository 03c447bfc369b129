package io.github.gocrossbuild;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Something that happened during a build; sent to {@link BuildListener}s. */
public sealed interface BuildEvent {

  /**
   * Returns the target the event belongs to.
   *
   * @return the target
   */
  Target target();

  /**
   * A build is starting.
   *
   * @param target the target
   * @param host the host name, e.g. {@code local}
   * @param command the argv about to run
   * @param variables the variables the library set or removed (value null for a removal)
   */
  record Started(Target target, String host, List<String> command, Map<String, String> variables)
      implements BuildEvent {}

  /**
   * One line of {@code go build} output.
   *
   * @param target the target
   * @param line the line, without its line terminator
   */
  record OutputLine(Target target, String line) implements BuildEvent {}

  /**
   * Bytes moved between this machine and a remote host.
   *
   * @param target the target
   * @param what the file or step, e.g. {@code upload main.go}
   * @param bytes bytes done so far
   * @param totalBytes bytes in all, or -1 when unknown
   */
  record Transfer(Target target, String what, long bytes, long totalBytes) implements BuildEvent {}

  /**
   * The host's build step ended, before the artifact is proven: {@code go build} exited (on an SSH
   * host the step also syncs the sources and fetches the artifact). What happens between this and
   * {@link ArtifactWritten} is the library's proof and move; together with {@link Finished} it
   * shows where a build's time went.
   *
   * @param target the target
   * @param host the host name, e.g. {@code local}
   * @param exitCode {@code go build}'s exit code
   * @param duration how long the host's build step took
   */
  record Compiled(Target target, String host, int exitCode, Duration duration)
      implements BuildEvent {}

  /**
   * The artifact's bytes came from the build cache: {@code go build} does not run, so no {@link
   * Started} or {@link Compiled} follows; the bytes are proven and moved into place as usual.
   *
   * @param target the target
   * @param source where they came from, e.g. {@code directory /var/cache/gocrossbuild}
   * @param key the cache key
   */
  record CacheHit(Target target, String source, String key) implements BuildEvent {}

  /**
   * The artifact was proven and moved to its final path.
   *
   * @param target the target
   * @param artifact the final path
   * @param size its size in bytes
   */
  record ArtifactWritten(Target target, Path artifact, long size) implements BuildEvent {}

  /**
   * Something the user should know although the build succeeded; the same warning is in {@link
   * BuildResult#warnings()}.
   *
   * @param target the target
   * @param warning the warning, with its stable id
   */
  record Warning(Target target, BuildWarning warning) implements BuildEvent {
    /**
     * Returns the warning's stable id.
     *
     * @return e.g. {@code proof.dynamic-glibc}; see {@link BuildWarning}
     */
    public String id() {
      return warning.id();
    }

    /**
     * Returns the warning's typed id.
     *
     * @return e.g. {@link WarningId#PROOF_DYNAMIC_GLIBC}
     */
    public WarningId kind() {
      return warning.kind();
    }

    /**
     * Returns the warning's sentence.
     *
     * @return what and why
     */
    public String message() {
      return warning.message();
    }
  }

  /**
   * The build ended.
   *
   * @param target the target
   * @param duration how long it took
   * @param success whether a proven artifact was written
   */
  record Finished(Target target, Duration duration, boolean success) implements BuildEvent {}

  /**
   * Delve is starting for a debug session.
   *
   * @param target the target of the debug binary
   * @param host the host Delve runs on, e.g. {@code local} or {@code pi@raspberry:22}
   * @param command the Delve argv as the host runs it
   */
  record DebugStarted(Target target, String host, List<String> command) implements BuildEvent {}

  /**
   * Delve accepts connections.
   *
   * @param target the target of the debug binary
   * @param host the host Delve runs on
   * @param localPort the port on this machine's 127.0.0.1 a debugger attaches to
   * @param remotePort the port Delve listens on, on the host's 127.0.0.1
   */
  record DebugListening(Target target, String host, int localPort, int remotePort)
      implements BuildEvent {}

  /**
   * A debug session ended: Delve and the program it debugged are gone, the forward is closed.
   *
   * @param target the target of the debug binary
   * @param host the host Delve ran on
   */
  record DebugClosed(Target target, String host) implements BuildEvent {}

  /**
   * A pool ({@code BuildHosts.pool(...)}) chose the host for a target's build.
   *
   * @param target the target
   * @param host the chosen host's name
   * @param reason why this host, e.g. {@code fewest builds in flight (0 of 2)}
   */
  record Routed(Target target, String host, String reason) implements BuildEvent {}

  /**
   * A pool moved a target to another host because its host failed with a connection or transfer
   * error; the failed host is down for the rest of the run.
   *
   * @param target the target
   * @param from the host that failed
   * @param to the host the target moves to
   * @param reason the failure, e.g. the message of the connection error
   */
  record Failover(Target target, String from, String to, String reason) implements BuildEvent {}
}
