package io.github.gocrossbuild.internal.cacheprog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link CacheProgServer}: only a peer with the build's secret is served. */
class CacheProgServerTest {
  @TempDir Path dir;

  private static String exchange(int port, String send) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(20_000);
      s.getOutputStream().write(send.getBytes(StandardCharsets.UTF_8));
      s.shutdownOutput();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void shouldServeOnlyAPeerThatSendsTheSecretFirst() throws IOException {
    try (CacheProgServer server = new CacheProgServer(new DirectoryActionStore(dir), 1 << 20)) {
      String close = "{\"ID\":1,\"Command\":\"close\"}\n";

      assertThat(server.token()).matches("[0-9a-f]{64}");
      assertThat(exchange(server.port(), "not-the-token local\n" + close)).isEmpty();
      assertThat(exchange(server.port(), server.token() + " other\n" + close)).isEmpty();
      assertThat(exchange(server.port(), close)).isEmpty();
      assertThat(exchange(server.port(), server.token() + " local\n" + close))
          .isEqualTo("{\"ID\":0,\"KnownCommands\":[\"get\",\"put\",\"close\"]}\n{\"ID\":1}\n");
    }
  }

  @Test
  void shouldReadARemoteBridgesInventoryAndRefuseABrokenOne() throws IOException {
    try (CacheProgServer server = new CacheProgServer(new DirectoryActionStore(dir), 1 << 20)) {
      String close = "{\"ID\":1,\"Command\":\"close\"}\n";
      String caps = "{\"ID\":0,\"KnownCommands\":[\"get\",\"put\",\"close\"]}\n";
      String held = "ab".repeat(32) + " 17\n";

      assertThat(exchange(server.port(), server.token() + " remote 1\n" + held + close))
          .isEqualTo(caps + "{\"ID\":1}\n");
      assertThat(exchange(server.port(), server.token() + " remote 2\n" + held + close)).isEmpty();
      assertThat(exchange(server.port(), server.token() + " local 1\n" + held + close)).isEmpty();
      assertThat(exchange(server.port(), server.token() + " remote 1\nxyz 17\n" + close)).isEmpty();
    }
  }

  @Test
  void shouldStopListeningOnClose() throws IOException {
    CacheProgServer server = new CacheProgServer(new DirectoryActionStore(dir), 1 << 20);
    int port = server.port();
    server.close();

    // The port is free again: this test can listen on it. (Connecting to it instead would be
    // flaky: a connect to a free ephemeral port can connect to itself.)
    try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      assertThat(again.getLocalPort()).isEqualTo(port);
    }
  }
}
