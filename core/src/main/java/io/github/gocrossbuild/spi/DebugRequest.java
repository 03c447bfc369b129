package io.github.gocrossbuild.spi;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildListener;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.DebugException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.internal.debug.DelvePolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link DebugHost} is asked to debug, and the rules every host applies to Delve: which
 * version is good enough and the exact command line.
 *
 * @param target the target the binary was built for
 * @param artifact the proven debug binary on this machine
 * @param args the program's arguments, each passed literally
 * @param dlv an explicit Delve path as the host spells it, or empty to look for one
 * @param strictVersion whether a Delve older than the binary's Go is an error instead of a warning
 * @param goVersion the Go version that built the binary, e.g. {@code go1.23.5}
 * @param listener where warnings and Delve's output go
 */
public record DebugRequest(
    Target target,
    Path artifact,
    List<String> args,
    Optional<String> dlv,
    boolean strictVersion,
    String goVersion,
    BuildListener listener) {

  /** Checks and copies the arguments. */
  public DebugRequest {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(artifact, "artifact");
    args = List.copyOf(args);
    Objects.requireNonNull(dlv, "dlv");
    Objects.requireNonNull(goVersion, "goVersion");
    Objects.requireNonNull(listener, "listener");
  }

  /**
   * Returns Delve's command line after checking its version against the binary's Go: {@code <dlv>
   * exec <binary> --headless --listen=127.0.0.1:0 --accept-multiclient --api-version=2
   * [--check-go-version=false] -- <args>}. Port 0 lets the host's kernel pick a free port, so a
   * taken port is never shared; the real port is in Delve's first line (see {@link
   * #listeningPort(String)}). A Delve older than the Go gets a warning event and {@code
   * --check-go-version=false}, or a {@link DebugException} under strict checks.
   *
   * @param host the host's name for messages
   * @param dlvPath the Delve found, as the host spells it
   * @param versionOutput what {@code dlv version} printed
   * @param binaryOnHost the binary's path on the host
   * @return the argv
   * @throws DebugException when strict checks were asked and Delve is too old
   */
  public List<String> delveArgv(
      String host, String dlvPath, String versionOutput, String binaryOnHost) {
    Optional<String> tooOld =
        DelvePolicy.tooOld(versionOutput, goVersion, dlvPath, host, strictVersion);
    if (tooOld.isPresent()) {
      if (strictVersion) {
        throw new DebugException(tooOld.get(), target, host);
      }
      listener.onEvent(
          new BuildEvent.Warning(
              target, new BuildWarning(WarningId.DEBUG_DELVE_TOO_OLD, tooOld.get())));
    }
    return DelvePolicy.argv(dlvPath, binaryOnHost, tooOld.isEmpty(), args);
  }

  /**
   * Reads the port from Delve's {@code API server listening at: 127.0.0.1:<port>} line.
   *
   * @param line one line of Delve's output
   * @return the port, or empty when the line is not that one
   */
  public static Optional<Integer> listeningPort(String line) {
    return DelvePolicy.listeningPort(line);
  }

  /**
   * Makes the error for a host without Delve, with how to install it.
   *
   * @param host the host's name
   * @param looked every place looked, with why it was not used
   * @return the exception to throw
   */
  public DebugException delveNotFound(String host, List<String> looked) {
    return new DebugException(DelvePolicy.notFound(dlv, host, looked), target, host);
  }
}
