package io.github.gocrossbuild.ssh.internal.debug;

import io.github.gocrossbuild.ssh.internal.SshConnection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import net.schmizz.sshj.connection.channel.direct.LocalPortForwarder;
import net.schmizz.sshj.connection.channel.direct.Parameters;

/**
 * An SSH local port forward from a free port on this machine's 127.0.0.1 to Delve on the host's
 * 127.0.0.1. The local socket is bound by the kernel's choice of port, so it is never shared.
 */
final class DelveForward implements AutoCloseable {
  private final ServerSocket socket;
  private final LocalPortForwarder forwarder;

  private DelveForward(ServerSocket socket, LocalPortForwarder forwarder) {
    this.socket = socket;
    this.forwarder = forwarder;
  }

  /**
   * Opens the forward and starts accepting connections on a daemon thread.
   *
   * @param connection the SSH connection
   * @param remotePort Delve's port on the host's loopback
   * @return the forward
   */
  static DelveForward open(SshConnection connection, int remotePort) {
    return connection.withChannel(
        "forward to Delve",
        client -> {
          ServerSocket socket = new ServerSocket();
          try {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Parameters p =
                new Parameters("127.0.0.1", socket.getLocalPort(), "127.0.0.1", remotePort);
            LocalPortForwarder f = client.newLocalPortForwarder(p, socket);
            Thread t =
                new Thread(
                    () -> {
                      try {
                        f.listen();
                      } catch (IOException ignored) {
                        // The socket closes when the session ends.
                      }
                    },
                    "gocrossbuild-delve-forward");
            t.setDaemon(true);
            t.start();
            return new DelveForward(socket, f);
          } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
          }
        });
  }

  /**
   * Returns the local port.
   *
   * @return the port on this machine's 127.0.0.1
   */
  int localPort() {
    return socket.getLocalPort();
  }

  @Override
  public void close() {
    // The socket first: a forwarder whose thread has not reached listen() yet throws a
    // NullPointerException from close() (SSHJ sets its thread inside listen()), and a closed
    // socket makes that listen() end at once.
    try {
      socket.close();
    } catch (IOException ignored) {
      // Already closed.
    }
    try {
      forwarder.close();
    } catch (IOException | RuntimeException ignored) {
      // Already closed with the connection, or never listening.
    }
  }
}
