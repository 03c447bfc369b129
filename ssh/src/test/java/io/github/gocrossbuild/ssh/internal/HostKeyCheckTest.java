package io.github.gocrossbuild.ssh.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.ssh.HostKeyPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link HostKeyCheck}. */
class HostKeyCheckTest {
  @TempDir Path tmp;

  private static PublicKey key() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair().getPublic();
  }

  @Test
  void shouldAskTheSshConfigForHashingOnlyWhenTheHostDoesNotSay() throws Exception {
    Path knownHosts = tmp.resolve("known_hosts");
    List<String> asked = new ArrayList<>();
    HostKeyCheck fromConfig =
        new HostKeyCheck(
            HostKeyPolicy.acceptNew(),
            knownHosts,
            "a.example:22",
            Optional.empty(),
            name -> {
              asked.add(name);
              return Optional.of(true);
            });

    assertThat(fromConfig.verify("a.example", 22, key())).isTrue();

    assertThat(asked).containsExactly("a.example");
    assertThat(fromConfig.recorded()).isTrue();
    assertThat(Files.readString(knownHosts)).startsWith("|1|").doesNotContain("a.example");

    HostKeyCheck fromHost =
        new HostKeyCheck(
            HostKeyPolicy.acceptNew(),
            knownHosts,
            "b.example:22",
            Optional.of(false),
            name -> {
              asked.add(name);
              return Optional.of(true);
            });

    assertThat(fromHost.verify("b.example", 22, key())).isTrue();

    assertThat(asked).containsExactly("a.example");
    assertThat(Files.readAllLines(knownHosts).get(1)).startsWith("b.example ssh-rsa ");
  }
}
