package io.github.gocrossbuild;

import io.github.gocrossbuild.spi.DebugEndpoint;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running Delve for a debug build, reachable on this machine's {@code 127.0.0.1}: locally, or on
 * an SSH host through a port forward. Made by {@link GoCrossBuilder#debug(String...)}; close it to
 * end Delve, the program and the forward.
 *
 * <pre>{@code
 * try (SshBuildHost arm = SshBuildHost.connect(host);
 *     DebugSession s = GoCrossBuild.target("linux/arm64").noCgo().on(arm).debug("--port", "8080")) {
 *   String launchJson = s.launchConfiguration();   // paste into .vscode/launch.json
 *   waitForEnter();
 * }
 * }</pre>
 *
 * <p>Delve listens on the host's loopback only, on a port the host's kernel picks, headless and
 * multi-client (API v2; VS Code's Go extension attaches with {@code "mode": "remote"} over DAP).
 * Thread-safe.
 */
public final class DebugSession implements AutoCloseable {
  private final BuildResult build;
  private final DebugEndpoint endpoint;
  private final String launchConfiguration;
  private final String host;
  private final BuildListener listener;
  private final AtomicBoolean closed = new AtomicBoolean();

  DebugSession(
      BuildResult build,
      DebugEndpoint endpoint,
      String launchConfiguration,
      String host,
      BuildListener listener) {
    this.build = build;
    this.endpoint = endpoint;
    this.launchConfiguration = launchConfiguration;
    this.host = host;
    this.listener = listener;
  }

  /**
   * Returns the port a debugger attaches to on this machine's {@code 127.0.0.1}.
   *
   * @return the local port
   */
  public int localPort() {
    return endpoint.localPort();
  }

  /**
   * Returns the port Delve listens on, on the host's {@code 127.0.0.1}; the same as {@link
   * #localPort()} for a local session.
   *
   * @return Delve's port
   */
  public int remotePort() {
    return endpoint.remotePort();
  }

  /**
   * Returns the host Delve runs on.
   *
   * @return e.g. {@code local} or {@code pi@raspberry:22}
   */
  public String host() {
    return host;
  }

  /**
   * Returns the debug build: its artifact (built with {@code -gcflags=all=-N -l}, {@code
   * -trimpath}, not stripped, named {@code <name>-debug-<goos>-<goarch>}) and its proof.
   *
   * @return the build result
   */
  public BuildResult build() {
    return build;
  }

  /**
   * Returns a VS Code launch.json configuration that attaches to this session: JSON text of one
   * object with {@code "type": "go"}, {@code "request": "attach"}, {@code "mode": "remote"}, {@code
   * "host": "127.0.0.1"}, {@code "port"} = {@link #localPort()} and a {@code "substitutePath"} from
   * the local module directory to the module path the -trimpath build records. Paste it into the
   * {@code "configurations"} array.
   *
   * @return the JSON text
   */
  public String launchConfiguration() {
    return launchConfiguration;
  }

  /** Ends Delve and the program it debugs and closes the forward; calling it again does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        endpoint.close();
      } finally {
        try {
          listener.onEvent(new BuildEvent.DebugClosed(build.target(), host));
        } catch (RuntimeException ignored) {
          // Documented: a listener's exception does not reach the caller.
        }
      }
    }
  }

  @Override
  public String toString() {
    return String.format("DebugSession[%s on %s, 127.0.0.1:%d]", build.target(), host, localPort());
  }
}
