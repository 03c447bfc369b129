package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link SshAuthenticationException}, raised by a real sshd refusing a key. */
class SshAuthenticationExceptionTest {

  @Test
  void shouldNameTheMethodsTriedAndAllowedButNoSecret(@TempDir Path tmp) throws Exception {
    Path wrong = tmp.resolve("wrong_ed25519");
    Sshd.run(
        List.of(
            Sshd.SSH_KEYGEN.toString(), "-q", "-t", "ed25519", "-N", "", "-f", wrong.toString()));
    String secret = Files.readString(wrong);
    try (Sshd sshd = Sshd.start(tmp.resolve("sshd"))) {
      SshHost host =
          SshHost.builder()
              .from(sshd.hostBuilder().build())
              .identityFiles(List.of(wrong))
              .password(() -> "hunter2".toCharArray())
              .build();

      assertThatThrownBy(() -> SshBuildHost.connect(host))
          .isInstanceOfSatisfying(
              SshAuthenticationException.class,
              e -> {
                assertThat(e.methodsTried()).containsExactly("publickey " + wrong, "password");
                assertThat(e.methodsAllowed()).containsExactly("publickey");
                assertThat(e.user()).isEqualTo(System.getProperty("user.name"));
                assertThat(e.step()).isEqualTo("authenticate");
                assertThat(e.getMessage())
                    .startsWith(
                        "SSH authentication as "
                            + System.getProperty("user.name")
                            + " on 127.0.0.1:"
                            + sshd.port()
                            + " failed. Tried: publickey "
                            + wrong
                            + "; password. The server accepts:"
                            + " publickey.")
                    .doesNotContain("hunter2")
                    .doesNotContain(secret.lines().skip(1).findFirst().orElseThrow());
              });
    }
  }
}
