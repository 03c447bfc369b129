package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.spi.GoCacheProgram;
import io.github.gocrossbuild.spi.HostBuildRequest;
import io.github.gocrossbuild.ssh.SshException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.schmizz.sshj.connection.channel.forwarded.RemotePortForwarder;
import net.schmizz.sshj.connection.channel.forwarded.SocketForwardingConnectListener;

/**
 * Gives an SSH host's {@code go build} Go's shared action cache: a remote port forward over the
 * existing connection from the host's 127.0.0.1 to the cache server on this machine, and the bridge
 * built on the host with the host's own Go from the uploaded source, once per host ({@code <remote
 * cache dir>/cacheprog/bin/<source hash>-<go version>/}, beside the workspaces, reused while the
 * source and Go are the same). The bridge writes the bodies it receives to {@code <remote cache
 * dir>/cacheprog/objects}, so the go command's DiskPath files are on the host's disk. When any of
 * this fails the build goes on with the host's own {@code GOCACHE} and a {@code
 * cache.no-gocacheprog} warning.
 */
final class SharedCacheForward implements AutoCloseable {
  private final SshConnection connection;
  private final Optional<RemotePortForwarder.Forward> forward;
  private final HostBuildRequest request;

  private SharedCacheForward(
      SshConnection connection,
      Optional<RemotePortForwarder.Forward> forward,
      HostBuildRequest request) {
    this.connection = connection;
    this.forward = forward;
    this.request = request;
  }

  /**
   * Opens the forward and builds the bridge when the request offers the action cache.
   *
   * @param connection the host's connection
   * @param request the build request
   * @param workspace the module's workspace on the host ({@code <remote cache dir>/ws/<id>})
   * @return the forward (close it after the build) and the request to run
   */
  static SharedCacheForward open(
      SshConnection connection, HostBuildRequest request, String workspace) {
    if (request.cacheProgram().isEmpty()) {
      return new SharedCacheForward(connection, Optional.empty(), request);
    }
    GoCacheProgram program = request.cacheProgram().get();
    RemotePortForwarder.Forward bound;
    try {
      bound =
          connection.withChannel(
              "forward the action cache",
              client ->
                  client
                      .getRemotePortForwarder()
                      .bind(
                          new RemotePortForwarder.Forward("127.0.0.1", 0),
                          new SocketForwardingConnectListener(
                              new InetSocketAddress("127.0.0.1", program.port()))));
    } catch (SshException e) {
      return unshared(connection, request, "the remote port forward failed: " + e.getMessage());
    }
    SharedCacheForward opened = new SharedCacheForward(connection, Optional.of(bound), request);
    // Workspaces are <remote cache dir>/ws/<id>: the bridge and its files serve every module.
    int ws = workspace.lastIndexOf("/ws/");
    String home = (ws > 0 ? workspace.substring(0, ws) : workspace) + "/cacheprog";
    try {
      String bridge = bridge(connection, request, program, home);
      Map<String, String> env = new HashMap<>(request.environment());
      env.putAll(
          program.environment(
              bridge, "127.0.0.1:" + bound.getPort(), Optional.of(home + "/objects")));
      return new SharedCacheForward(
          connection,
          Optional.of(bound),
          HostBuildRequest.builder().from(request).environment(env).build());
    } catch (RuntimeException e) {
      opened.close();
      return unshared(connection, request, e.getMessage());
    }
  }

  /** Builds the bridge on the host unless it is there; returns its path. */
  private static String bridge(
      SshConnection connection, HostBuildRequest request, GoCacheProgram program, String home) {
    Target host =
        request
            .toolchain()
            .hostTarget()
            .orElseThrow(() -> new IllegalStateException("the host's go reports no GOHOSTARCH"));
    String dir =
        String.format(
            "%s/bin/%s-%s",
            home, program.sourceHash().substring(0, 16), request.toolchain().goVersion());
    String binary = dir + "/gocrossbuild-cacheprog";
    String d = ShellQuote.quote(dir);
    // Concurrent builds on the host each build in their own directory and rename the result.
    String tmp = ".tmp-" + UUID.randomUUID();
    String script =
        String.join(
            "\n",
            "[ -x " + ShellQuote.quote(binary) + " ] && exit 0",
            "mkdir -p " + d + "/" + tmp + " && cd " + d + "/" + tmp + " || exit 1",
            "cat > main.go <<'GOCROSSBUILD_EOF'",
            program.source().stripTrailing(),
            "GOCROSSBUILD_EOF",
            "cat > go.mod <<'GOCROSSBUILD_EOF'",
            program.goMod().stripTrailing(),
            "GOCROSSBUILD_EOF",
            ShellQuote.envCommand(
                    GoCacheProgram.bridgeBuildEnvironment(request.environment(), host),
                    List.of(
                        request.toolchain().goCommand(), "build", "-trimpath", "-o", "bridge", "."))
                + " && mv -f bridge "
                + ShellQuote.quote(binary),
            "rc=$?",
            "cd .. && rm -rf " + tmp,
            "exit $rc");
    // A compile like the build's, so the build's limit: the first bridge on a slow host (an
    // emulated
    // or small ARM64 board) compiles the runtime, net and encoding/json for minutes.
    RemoteShell.Result r =
        connection.shell().run("build the cache program", script, request.timeout(), line -> {});
    if (r.exitCode() != 0) {
      throw new IllegalStateException(
          String.format(
              "building the cache program on the host failed (exit %d): %s",
              r.exitCode(), r.output().strip()));
    }
    return binary;
  }

  private static SharedCacheForward unshared(
      SshConnection connection, HostBuildRequest request, String why) {
    request
        .listener()
        .onEvent(
            new BuildEvent.Warning(
                request.target(),
                new BuildWarning(
                    WarningId.CACHE_NO_GOCACHEPROG,
                    String.format(
                        "Go's action cache is not shared with %s: %s; the build uses the host's own"
                            + " GOCACHE",
                        connection.host().address(), why))));
    return new SharedCacheForward(connection, Optional.empty(), request);
  }

  /**
   * Returns the request to run.
   *
   * @return the request, with the bridge's variables when the cache is shared
   */
  HostBuildRequest request() {
    return request;
  }

  /** Cancels the forward. */
  @Override
  public void close() {
    if (forward.isEmpty() || !connection.isConnected()) {
      return;
    }
    try {
      connection.withChannel(
          "cancel the action cache forward",
          client -> {
            client.getRemotePortForwarder().cancel(forward.get());
            return null;
          });
    } catch (SshException ignored) {
      // The forward ends with the connection.
    }
  }
}
