package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Tests for {@link SshConnectionException}. */
class SshConnectionExceptionTest {

  @Test
  void shouldNameHostAndPortWhenTheConnectionIsRefused() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    SshHost host = SshHost.builder().host("127.0.0.1").port(port).build();

    assertThatThrownBy(() -> SshBuildHost.connect(host))
        .isInstanceOfSatisfying(
            SshConnectionException.class,
            e -> {
              assertThat(e.address()).isEqualTo("127.0.0.1:" + port);
              assertThat(e.step()).isEqualTo("connect");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Connection to 127.0.0.1:"
                          + port
                          + " refused: is sshd running there and listening on port "
                          + port
                          + "?");
            });
  }

  @Test
  void shouldTimeOutWhenTheServerNeverAnswers() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      SshHost host =
          SshHost.builder()
              .host("127.0.0.1")
              .port(silent.getLocalPort())
              .connectTimeout(Duration.ofMillis(700))
              .build();

      assertThatThrownBy(() -> SshBuildHost.connect(host))
          .isInstanceOfSatisfying(
              SshConnectionException.class,
              e -> {
                assertThat(e.address()).isEqualTo("127.0.0.1:" + silent.getLocalPort());
                assertThat(e.step()).isEqualTo("connect");
              });
    }
  }
}
