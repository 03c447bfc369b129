package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link SshHost}. */
class SshHostTest {
  private static final String HOME = System.getProperty("user.home");

  @Test
  void shouldDefaultLikeOpenSsh() {
    SshHost h = SshHost.builder().host("arm64.example").build();

    assertThat(h.port()).isEqualTo(22);
    assertThat(h.user()).isEqualTo(System.getProperty("user.name"));
    assertThat(h.identityFiles()).isEmpty();
    assertThat(h.keepAlive()).isEqualTo(Duration.ofSeconds(30));
    assertThat(h.connectTimeout()).isEqualTo(Duration.ofSeconds(15));
    assertThat(h.maxChannels()).isEqualTo(8);
    assertThat(h.transferTimeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(h.hashKnownHosts()).isEmpty();
    assertThat(h.address()).isEqualTo("arm64.example:22");
    assertThat(SshHost.builder().host("::1").port(2222).build().address()).isEqualTo("[::1]:2222");
  }

  @Test
  void shouldNeverPrintSecrets() {
    SshHost h =
        SshHost.builder()
            .host("h")
            .password(() -> "hunter2".toCharArray())
            .passphrase(f -> "s3cret".toCharArray())
            .build();

    assertThat(h.toString()).doesNotContain("hunter2").doesNotContain("s3cret");
  }

  @Test
  void shouldRejectInvalidValuesNamingTheAttribute() {
    assertThatThrownBy(() -> SshHost.builder().host("a b").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("host: \"a b\" is not a host name");
    assertThatThrownBy(() -> SshHost.builder().host("h").port(70000).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port: 70000 is not in 1..65535");
    assertThatThrownBy(() -> SshHost.builder().host("h").maxChannels(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxChannels: 0 is below 1");
    assertThatThrownBy(() -> SshHost.builder().host("h").transferTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transferTimeout: must be positive");
  }

  @Test
  void shouldReadAnAliasFromSshConfigFirstValueWinning(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("config");
    Files.writeString(
        config,
        String.join(
            "\n",
            "# Remote-SSH hosts",
            "Host pi *.arm",
            "    HostName 192.0.2.7",
            "    User builder",
            "    Port 2222",
            "    IdentityFile ~/.ssh/id_pi",
            "    StrictHostKeyChecking accept-new",
            "Host pi",
            "    User ignored",
            "    HashKnownHosts yes",
            "Host !pi *",
            "    User other",
            "Host *",
            "    IdentityFile ~/.ssh/id_ed25519",
            "    UserKnownHostsFile ~/.ssh/known_hosts_work",
            ""));

    SshHost pi = SshHost.fromSshConfig("pi", config).build();
    SshHost other = SshHost.fromSshConfig("box", config).build();

    assertThat(pi.host()).isEqualTo("192.0.2.7");
    assertThat(pi.user()).isEqualTo("builder");
    assertThat(pi.port()).isEqualTo(2222);
    assertThat(pi.identityFiles())
        .containsExactly(Path.of(HOME, ".ssh/id_pi"), Path.of(HOME, ".ssh/id_ed25519"));
    assertThat(pi.hostKeyPolicy()).isEqualTo(HostKeyPolicy.acceptNew());
    assertThat(pi.knownHosts()).isEqualTo(Path.of(HOME, ".ssh/known_hosts_work"));
    assertThat(other.host()).isEqualTo("box");
    assertThat(other.user()).isEqualTo("other");
    assertThat(other.port()).isEqualTo(22);
    assertThat(other.hostKeyPolicy()).isEqualTo(HostKeyPolicy.strict());
    assertThat(pi.hashKnownHosts()).hasValue(true);
    assertThat(other.hashKnownHosts()).isEmpty();
  }

  @Test
  void shouldRefuseNestedJumpHostsAndAZeroKeepAliveCount() {
    SshHost inner = SshHost.builder().host("b0").build();
    SshHost hop = SshHost.builder().host("b1").addProxyJump(inner).build();

    assertThatThrownBy(() -> SshHost.builder().host("t").addProxyJump(hop).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "proxyJump: jump host b1:22 has jump hosts of its own; list every hop in order on the"
                + " target instead");
    assertThatThrownBy(() -> SshHost.builder().host("t").keepAliveCountMax(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keepAliveCountMax: 0 is below 1");
    SshHost flat =
        SshHost.builder()
            .host("t")
            .addProxyJump(inner, SshHost.builder().host("b1").build())
            .build();
    assertThat(flat.proxyJump()).extracting(SshHost::host).containsExactly("b0", "b1");
    assertThat(flat.agent()).isTrue();
    assertThat(flat.identitiesOnly()).isFalse();
    assertThat(flat.keepAliveCountMax()).isEqualTo(3);
  }
}
