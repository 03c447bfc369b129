package io.github.gocrossbuild.ssh.internal.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.ssh.SshAuthenticationException;
import io.github.gocrossbuild.ssh.SshBuildHost;
import io.github.gocrossbuild.ssh.SshHost;
import io.github.gocrossbuild.ssh.Sshd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link AgentAuthMethod} and {@link AgentClient}: a real {@code ssh-agent} started here
 * holds passphrase-protected ed25519 and RSA keys loaded with {@code ssh-add}; their private key
 * files are deleted before the library connects, so only the agent can sign.
 */
class AgentAuthMethodTest {
  private static final Path SSH_AGENT = Path.of("/usr/bin/ssh-agent");
  private static final Path SSH_ADD = Path.of("/usr/bin/ssh-add");

  @TempDir static Path dir;
  private static Process agent;
  private static Path socket;
  private static Sshd sshd;

  @BeforeAll
  static void start() throws Exception {
    Sshd.requireTool(SSH_AGENT, "openssh-client");
    Sshd.requireTool(SSH_ADD, "openssh-client");
    socket = dir.resolve("agent.sock");
    agent =
        new ProcessBuilder(SSH_AGENT.toString(), "-D", "-a", socket.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("agent.log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!Files.exists(socket) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(socket).exists();
    Path askpass = dir.resolve("askpass.sh");
    Files.writeString(askpass, "#!/bin/sh\necho 'correct horse battery'\n");
    Files.setPosixFilePermissions(askpass, PosixFilePermissions.fromString("rwx------"));
    for (String type : List.of("ed25519", "rsa")) {
      Path key = dir.resolve("agent_" + type);
      Sshd.run(
          List.of(
              Sshd.SSH_KEYGEN.toString(),
              "-q",
              "-t",
              type,
              "-N",
              "correct horse battery",
              "-C",
              "agent-" + type,
              "-f",
              key.toString()));
      ProcessBuilder add =
          new ProcessBuilder(SSH_ADD.toString(), key.toString())
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
      add.environment().put("SSH_AUTH_SOCK", socket.toString());
      add.environment().put("SSH_ASKPASS", askpass.toString());
      add.environment().put("SSH_ASKPASS_REQUIRE", "force");
      add.environment().put("DISPLAY", ":0");
      Process p = add.start();
      String out = new String(p.getInputStream().readAllBytes());
      assertThat(p.waitFor()).as("ssh-add: %s", out).isZero();
      // From here on only the agent has the private key.
      Files.delete(key);
    }
    sshd = Sshd.start(dir.resolve("sshd"));
  }

  @AfterAll
  static void stop() {
    if (sshd != null) {
      sshd.close();
    }
    if (agent != null) {
      agent.destroyForcibly();
    }
  }

  /** Authorizes exactly one of the agent's keys (not the fixture's own key). */
  private static String authorize(String type) throws IOException {
    String pub = Files.readString(dir.resolve("agent_" + type + ".pub"));
    Files.writeString(sshd.dir().resolve("authorized_keys"), pub);
    String fp =
        Sshd.run(
            List.of(
                Sshd.SSH_KEYGEN.toString(),
                "-lf",
                dir.resolve("agent_" + type + ".pub").toString()));
    return fp.split("\\s+")[1];
  }

  /** A config whose alias reaches the server with no key file, then more lines. */
  private static Path config(String alias, String... more) throws IOException {
    Path config = dir.resolve("config_" + alias);
    Files.writeString(
        config,
        String.join(
                "\n",
                "Host " + alias,
                "  HostName 127.0.0.1",
                "  Port " + sshd.port(),
                "  UserKnownHostsFile " + sshd.knownHosts())
            + "\n"
            + String.join("\n", more)
            + "\n");
    return config;
  }

  private static SshHost.Builder host() {
    return SshHost.builder()
        .host("127.0.0.1")
        .port(sshd.port())
        .user(System.getProperty("user.name"))
        .knownHosts(sshd.knownHosts())
        .identityAgent(socket);
  }

  @Test
  void shouldListTheKeysTheAgentHolds() throws Exception {
    try (AgentClient client = AgentClient.connect(socket, Duration.ofSeconds(5))) {
      assertThat(client.identities())
          .extracting(AgentIdentity::keyType, AgentIdentity::comment)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("ssh-ed25519", "agent-ed25519"),
              org.assertj.core.groups.Tuple.tuple("ssh-rsa", "agent-rsa"));
    }
  }

  @Test
  void shouldAuthenticateWithAnEd25519KeyOnlyTheAgentHolds() throws Exception {
    String fp = authorize("ed25519");

    try (SshBuildHost remote = SshBuildHost.connect(host().build())) {
      assertThat(remote.platform()).isPresent();
    }
    assertThat(Files.readString(sshd.dir().resolve("sshd.log")))
        .contains("Accepted publickey for " + System.getProperty("user.name"))
        .contains("ED25519 " + fp);
  }

  @Test
  void shouldSignWithRsaSha2ForAnRsaKeyChosenByIdentitiesOnly() throws Exception {
    String fp = authorize("rsa");
    // Only the .pub file is left: IdentitiesOnly picks the agent's matching key and no other.
    SshHost h = host().identityFile(dir.resolve("agent_rsa")).identitiesOnly(true).build();

    try (SshBuildHost remote = SshBuildHost.connect(h)) {
      assertThat(remote.platform()).isPresent();
    }
    // OpenSSH 10 refuses SHA-1 "ssh-rsa" signatures: this one was rsa-sha2-*.
    assertThat(Files.readString(sshd.dir().resolve("sshd.log"))).contains("RSA " + fp);
  }

  @Test
  void shouldOfferOnlyTheIdentityFilesAgentKeyUnderIdentitiesOnly() throws Exception {
    authorize("ed25519");
    SshHost only = host().identityFile(dir.resolve("agent_rsa")).identitiesOnly(true).build();
    SshHost all = host().identityFile(dir.resolve("agent_rsa")).build();
    String rsa = "publickey ssh-rsa agent-rsa (agent " + socket + ")";

    // The server would take the ed25519 key, but IdentitiesOnly does not offer it.
    assertThatThrownBy(() -> SshBuildHost.connect(only))
        .isInstanceOfSatisfying(
            SshAuthenticationException.class,
            e -> assertThat(e.methodsTried()).containsExactly(rsa));
    try (SshBuildHost remote = SshBuildHost.connect(all)) {
      assertThat(remote.platform()).isPresent();
    }
  }

  @Test
  void shouldOfferNoAgentKeyUnderIdentityAgentNone() throws Exception {
    authorize("ed25519");
    Path config =
        config("agentless", "  IdentityAgent none", "Host *", "  IdentityAgent " + socket);

    SshHost h = SshHost.fromSshConfig("agentless", config).build();
    assertThat(h.agent()).isFalse();
    assertThatThrownBy(() -> SshBuildHost.connect(h))
        .isInstanceOf(SshAuthenticationException.class);
  }

  @Test
  void shouldUseTheAgentNamedByIdentityAgentInSshConfig() throws Exception {
    authorize("ed25519");
    Path config = config("viaagent", "  IdentityAgent " + socket);

    SshHost h = SshHost.fromSshConfig("viaagent", config).build();
    assertThat(h.identityAgent()).hasValue(socket);
    assertThat(h.identityFiles()).isEmpty();
    try (SshBuildHost remote = SshBuildHost.connect(h)) {
      assertThat(remote.platform()).isPresent();
    }
  }
}
