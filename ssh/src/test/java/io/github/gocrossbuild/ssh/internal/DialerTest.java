package io.github.gocrossbuild.ssh.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.ssh.HostKeyVerificationException;
import io.github.gocrossbuild.ssh.SshBuildHost;
import io.github.gocrossbuild.ssh.SshConnectionException;
import io.github.gocrossbuild.ssh.SshHost;
import io.github.gocrossbuild.ssh.Sshd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link Dialer}: a real bastion sshd and a real target sshd, the target reached through
 * the bastion's direct-tcpip channel as {@code ProxyJump} in an ssh config says, each hop's host
 * key checked against its own known_hosts.
 */
class DialerTest {
  private static final Path SS = Path.of("/usr/bin/ss");

  @TempDir static Path dir;
  private static Sshd bastion;
  private static Sshd target;

  @BeforeAll
  static void start() {
    bastion = Sshd.start(dir.resolve("bastion"));
    target = Sshd.start(dir.resolve("target"));
  }

  @AfterAll
  static void stop() {
    if (target != null) {
      target.close();
    }
    if (bastion != null) {
      bastion.close();
    }
  }

  private static Path config(Path bastionKnownHosts, Path targetKnownHosts, String jump)
      throws Exception {
    Path config = Files.createTempFile(dir, "config", "");
    Files.writeString(
        config,
        bastion.configBlock("bastion", bastionKnownHosts)
            + target.configBlock("target", targetKnownHosts)
            + "  ProxyJump "
            + jump
            + "\n");
    return config;
  }

  @Test
  void shouldReachTheTargetThroughTheBastionsForward() throws Exception {
    Sshd.requireTool(SS, "iproute2");
    Path config = config(bastion.knownHosts(), target.knownHosts(), "bastion");
    SshHost host = SshHost.fromSshConfig("target", config).build();
    assertThat(host.proxyJump()).extracting(SshHost::port).containsExactly(bastion.port());

    try (SshBuildHost remote = SshBuildHost.connect(host)) {
      assertThat(remote.platform()).isPresent();

      // The target's TCP peer is a process of the bastion's sshd, not this JVM.
      int peerPort = lastConnectionPort(target);
      long owner = socketOwner(peerPort);
      assertThat(owner).isNotEqualTo(ProcessHandle.current().pid());
      assertThat(ancestors(owner)).contains(bastion.pid());
      assertThat(Files.readString(bastion.dir().resolve("sshd.log")))
          .contains("Accepted publickey for " + System.getProperty("user.name"));
    }
  }

  @Test
  void shouldCheckTheBastionsHostKeyOnItsOwn() throws Exception {
    Path empty = Files.createTempFile(dir, "known_hosts", "");
    Path config = config(empty, target.knownHosts(), "bastion");

    assertThatThrownBy(() -> SshBuildHost.connect(SshHost.fromSshConfig("target", config).build()))
        .isInstanceOfSatisfying(
            HostKeyVerificationException.class,
            e -> {
              assertThat(e.address()).isEqualTo("127.0.0.1:" + bastion.port());
              assertThat(e.reason()).isEqualTo(HostKeyVerificationException.Reason.UNKNOWN_HOST);
            });
  }

  @Test
  void shouldCheckTheTargetsHostKeyBehindTheBastion() throws Exception {
    // The target's known_hosts trusts the bastion's key under the target's address: refused.
    Path wrong = dir.resolve("known_hosts_wrong");
    Files.writeString(
        wrong,
        "[127.0.0.1]:"
            + target.port()
            + " "
            + Files.readString(bastion.dir().resolve("host_ed25519.pub")).strip()
            + "\n");
    Path config = config(bastion.knownHosts(), wrong, "bastion");

    assertThatThrownBy(() -> SshBuildHost.connect(SshHost.fromSshConfig("target", config).build()))
        .isInstanceOfSatisfying(
            HostKeyVerificationException.class,
            e -> {
              assertThat(e.address()).isEqualTo("127.0.0.1:" + target.port());
              assertThat(e.reason()).isEqualTo(HostKeyVerificationException.Reason.KEY_CHANGED);
            });
  }

  @Test
  void shouldNameTheJumpHostWhenItWillNotForward() throws Exception {
    try (Sshd closed = Sshd.start(dir.resolve("closed"), "AllowTcpForwarding no")) {
      Path config = Files.createTempFile(dir, "config", "");
      Files.writeString(
          config,
          target.configBlock("target", target.knownHosts())
              + "  ProxyJump 127.0.0.1:"
              + closed.port()
              + "\n"
              + closed.configBlock("127.0.0.1", closed.knownHosts()));

      assertThatThrownBy(
              () -> SshBuildHost.connect(SshHost.fromSshConfig("target", config).build()))
          .isInstanceOf(SshConnectionException.class)
          .hasMessageStartingWith(
              "Jump host 127.0.0.1:"
                  + closed.port()
                  + " would not open a connection to 127.0.0.1:"
                  + target.port());
    }
  }

  /** The source port of the last connection the target's sshd logged. */
  private static int lastConnectionPort(Sshd sshd) throws Exception {
    Matcher m =
        Pattern.compile("Connection from 127\\.0\\.0\\.1 port (\\d+) on 127\\.0\\.0\\.1 port")
            .matcher(Files.readString(sshd.dir().resolve("sshd.log")));
    int port = -1;
    while (m.find()) {
      port = Integer.parseInt(m.group(1));
    }
    assertThat(port).as("a connection in the target's log").isPositive();
    return port;
  }

  private static List<Long> ancestors(long pid) {
    List<Long> out = new java.util.ArrayList<>();
    java.util.Optional<ProcessHandle> p = ProcessHandle.of(pid).flatMap(ProcessHandle::parent);
    while (p.isPresent()) {
      out.add(p.get().pid());
      p = p.get().parent();
    }
    return out;
  }

  /** The pid owning the established TCP socket with this local port, as {@code ss -p} shows. */
  private static long socketOwner(int localPort) {
    String out =
        Sshd.run(List.of(SS.toString(), "-tnpH", "state", "established", "sport = :" + localPort));
    Matcher m = Pattern.compile("pid=(\\d+)").matcher(out);
    assertThat(m.find()).as("ss output: %s", out).isTrue();
    return Long.parseLong(m.group(1));
  }
}
