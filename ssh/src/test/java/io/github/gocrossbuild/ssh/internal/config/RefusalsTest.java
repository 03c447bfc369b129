package io.github.gocrossbuild.ssh.internal.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.ssh.SshConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests for {@link Refusals}: each refused setting names its keyword, and only where it applies.
 */
class RefusalsTest {
  @TempDir Path dir;

  private void check(String alias, String... lines) throws Exception {
    Path f = dir.resolve("config");
    Files.writeString(f, String.join("\n", lines) + "\n");
    Refusals.check(SshConfigReader.read(f, alias, dir, "me"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ProxyCommand nc %h %p|ProxyCommand is not supported: it runs a local command",
        "RemoteCommand tmux|RemoteCommand is not supported",
        "CanonicalizeHostname yes|CanonicalizeHostname is not supported",
        "BindAddress 10.0.0.1|BindAddress is not supported",
        "HostKeyAlias other|HostKeyAlias is not supported",
        "KnownHostsCommand /bin/keys %h|KnownHostsCommand is not supported",
        "Ciphers aes128-ctr|Ciphers is not supported: it restricts or reorders",
        "KexAlgorithms -curve25519-sha256|KexAlgorithms is not supported",
      })
  void shouldRefuseWhatChangesSecurityOrRouting(String line, String message) {
    assertThatThrownBy(() -> check("box", "Host box", "  " + line))
        .isInstanceOfSatisfying(
            SshConfigException.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.line()).isEqualTo(2))
        .hasMessageContaining("config line 2: " + message)
        .hasMessageContaining("(while reading the ssh config for \"box\")");
  }

  @Test
  void shouldRefuseLocalCommandOnlyWhenPermitted() throws Exception {
    assertThatCode(() -> check("box", "Host box", "  LocalCommand echo hi"))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> check("box", "Host box", "  PermitLocalCommand yes", "  LocalCommand echo hi"))
        .isInstanceOf(SshConfigException.class)
        .hasMessageContaining("PermitLocalCommand is not supported");
  }

  @Test
  void shouldLetOtherHostsKeepTheirProxyCommandAndAppendedAlgorithms() {
    assertThatCode(
            () ->
                check(
                    "box",
                    "Host legacy",
                    "  ProxyCommand nc %h %p",
                    "Host box",
                    "  ProxyCommand none",
                    "  HostKeyAlgorithms +ssh-rsa"))
        .doesNotThrowAnyException();
  }
}
