package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.ssh.SshConnectionException;
import io.github.gocrossbuild.ssh.SshHost;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.schmizz.keepalive.KeepAlive;
import net.schmizz.keepalive.KeepAliveProvider;
import net.schmizz.keepalive.KeepAliveRunner;
import net.schmizz.sshj.DefaultConfig;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.OpenFailException;

/**
 * Opens an authenticated SSH transport to a host: directly over TCP, or through its {@link
 * SshHost#proxyJump()} hosts, each reached through a direct-tcpip channel of the one before (no
 * {@code ssh} subprocess). Every hop's host key is checked under that hop's own policy and
 * known_hosts, and it authenticates with its own credentials.
 */
final class Dialer {
  /**
   * The connected clients.
   *
   * @param client the target's client
   * @param hops the jump hosts' clients, first hop first
   * @param keyRecorded whether the target's host key was recorded (accept-new)
   * @param wire the byte counter of the one TCP connection (to the first hop when jumping)
   */
  record Dialed(
      SSHClient client, List<SSHClient> hops, boolean keyRecorded, CountingSocketFactory wire) {}

  private Dialer() {}

  static Dialed dial(SshHost host, Function<String, Optional<Boolean>> configuredHashing) {
    CountingSocketFactory wire = new CountingSocketFactory();
    List<SSHClient> hops = new ArrayList<>();
    try {
      SSHClient previous = null;
      SshHost previousHost = null;
      for (SshHost hop : host.proxyJump()) {
        HostKeyCheck check = check(hop, configuredHashing);
        previous = connect(hop, check, wire, previous, previousHost);
        previousHost = hop;
        hops.add(previous);
      }
      HostKeyCheck check = check(host, configuredHashing);
      SSHClient client = connect(host, check, wire, previous, previousHost);
      return new Dialed(client, List.copyOf(hops), check.recorded(), wire);
    } catch (RuntimeException e) {
      closeAll(hops);
      throw e;
    }
  }

  private static HostKeyCheck check(
      SshHost host, Function<String, Optional<Boolean>> configuredHashing) {
    return new HostKeyCheck(
        host.hostKeyPolicy(),
        host.knownHosts(),
        host.address(),
        host.hashKnownHosts(),
        configuredHashing);
  }

  private static SSHClient connect(
      SshHost host,
      HostKeyCheck check,
      CountingSocketFactory wire,
      SSHClient via,
      SshHost viaHost) {
    DefaultConfig config = new DefaultConfig();
    config.setKeepAliveProvider(KeepAliveProvider.KEEP_ALIVE);
    SSHClient client = new SSHClient(config);
    client.addHostKeyVerifier(check);
    int timeoutMs = (int) Math.min(Integer.MAX_VALUE, host.connectTimeout().toMillis());
    client.setConnectTimeout(timeoutMs);
    // SSHJ reads the server's banner without a limit: a port that accepts but never speaks SSH
    // would hang forever. The socket timeout covers the handshake and is lifted afterwards.
    client.setTimeout(timeoutMs);
    client.getTransport().setTimeoutMs(timeoutMs);
    try {
      if (via == null) {
        client.setSocketFactory(wire);
        client.connect(host.host(), host.port());
      } else {
        client.connectVia(via.newDirectConnection(host.host(), host.port()));
      }
    } catch (IOException e) {
      closeQuietly(client);
      if (check.refusal() != null) {
        throw check.refusal();
      }
      throw connectFailure(host, viaHost, e);
    }
    KeepAlive keepAlive = client.getConnection().getKeepAlive();
    if (!host.keepAlive().isZero()) {
      keepAlive.setKeepAliveInterval((int) Math.max(1, host.keepAlive().toSeconds()));
    }
    if (keepAlive instanceof KeepAliveRunner runner) {
      runner.setMaxAliveCount(host.keepAliveCountMax());
    }
    try {
      Authenticator.authenticate(client, host);
      // Builds may print nothing for minutes; keep-alive, not a read timeout, detects a dead
      // peer from here on.
      if (client.getSocket() != null) {
        client.getSocket().setSoTimeout(0);
      }
    } catch (IOException e) {
      closeQuietly(client);
      throw connectFailure(host, viaHost, e);
    } catch (RuntimeException e) {
      closeQuietly(client);
      throw e;
    }
    return client;
  }

  static SshConnectionException connectFailure(SshHost host, SshHost via, IOException e) {
    String a = host.address();
    String msg;
    if (e instanceof OpenFailException f) {
      msg =
          String.format(
              "Jump host %s would not open a connection to %s (%s): check the address, that sshd"
                  + " runs there, and the jump host's AllowTcpForwarding/PermitOpen.",
              via.address(), a, f.getMessage());
    } else if (e instanceof ConnectException) {
      msg =
          String.format(
              "Connection to %s refused: is sshd running there and listening on port %d?",
              a, host.port());
    } else if (e instanceof SocketTimeoutException) {
      msg =
          String.format(
              "Connection to %s timed out after %d ms: check the address, the port and any"
                  + " firewall in between.",
              a, host.connectTimeout().toMillis());
    } else if (e instanceof UnknownHostException) {
      msg = String.format("Cannot resolve host name %s (from %s).", host.host(), a);
    } else if (e instanceof NoRouteToHostException) {
      msg =
          String.format("Host %s is unreachable (no route): check the network and the address.", a);
    } else {
      msg = String.format("Cannot open an SSH connection to %s: %s", a, SshConnection.describe(e));
    }
    if (via != null && !(e instanceof OpenFailException)) {
      msg = msg + " (reached through jump host " + via.address() + ")";
    }
    return new SshConnectionException(msg, a, "connect", e);
  }

  static void closeAll(List<SSHClient> clients) {
    for (int i = clients.size() - 1; i >= 0; i--) {
      closeQuietly(clients.get(i));
    }
  }

  static void closeQuietly(SSHClient client) {
    try {
      client.disconnect();
    } catch (IOException | RuntimeException ignored) {
      // Closing a broken connection may fail; there is nothing left to release.
    }
  }
}
