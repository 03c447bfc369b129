package io.github.gocrossbuild.ssh.internal.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link AgentClient} against hostile agents on a real Unix-domain socket: silent, lying
 * about a reply's size, refusing. (The real {@code ssh-agent} is in {@link AgentAuthMethodTest}.)
 */
class AgentClientTest {
  @TempDir Path dir;

  /** Serves one connection: reads one request, then writes the given bytes (or nothing). */
  private CompletableFuture<Void> agent(Path socket, byte[] reply) throws IOException {
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(socket));
    return CompletableFuture.runAsync(
        () -> {
          try (server;
              SocketChannel c = server.accept()) {
            c.read(ByteBuffer.allocate(1024));
            if (reply != null) {
              c.write(ByteBuffer.wrap(reply));
            }
            c.read(ByteBuffer.allocate(1024)); // until the client closes
          } catch (IOException e) {
            // The client went away; the test has its answer.
          }
        });
  }

  @Test
  void shouldGiveUpOnASilentAgent() throws Exception {
    Path socket = dir.resolve("silent.sock");
    CompletableFuture<Void> served = agent(socket, null);

    try (AgentClient client = AgentClient.connect(socket, Duration.ofMillis(300))) {
      long start = System.nanoTime();
      assertThatThrownBy(client::identities)
          .isInstanceOf(IOException.class)
          .hasMessage("the agent at " + socket + " did not answer within PT0.3S");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
    served.join();
  }

  @Test
  void shouldRefuseAReplyLargerThanAnAgentMaySend() throws Exception {
    Path socket = dir.resolve("liar.sock");
    CompletableFuture<Void> served =
        agent(socket, ByteBuffer.allocate(5).putInt(10 << 20).put((byte) 12).array());

    try (AgentClient client = AgentClient.connect(socket, Duration.ofSeconds(5))) {
      assertThatThrownBy(client::identities)
          .isInstanceOf(IOException.class)
          .hasMessage("the agent at " + socket + " sent a 10485760-byte message");
    }
    served.join();
  }

  @Test
  void shouldReportARefusal() throws Exception {
    Path socket = dir.resolve("refusing.sock");
    CompletableFuture<Void> served =
        agent(socket, ByteBuffer.allocate(5).putInt(1).put((byte) 5).array());

    try (AgentClient client = AgentClient.connect(socket, Duration.ofSeconds(5))) {
      assertThatThrownBy(() -> client.sign(new byte[] {1}, new byte[] {2}, 0))
          .isInstanceOf(IOException.class)
          .hasMessage("the agent at " + socket + " refused the request");
    }
    served.join();
  }
}
