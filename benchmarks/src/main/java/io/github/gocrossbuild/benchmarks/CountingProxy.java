package io.github.gocrossbuild.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-connection TCP relay on 127.0.0.1 that counts the bytes the client sends, so a tool that
 * opens its own SSH connection (rsync over ssh) can be measured on the wire like the library.
 */
final class CountingProxy implements AutoCloseable {
  private final ServerSocket server;
  private final AtomicLong sent = new AtomicLong();
  private final Thread acceptor;
  private volatile Thread upstreamPump;

  private CountingProxy(ServerSocket server, int targetPort) {
    this.server = server;
    this.acceptor = new Thread(() -> relay(targetPort), "counting-proxy");
    this.acceptor.setDaemon(true);
    this.acceptor.start();
  }

  /**
   * Starts a relay to a local port.
   *
   * @param targetPort the port on 127.0.0.1 to forward to
   * @return the running relay
   * @throws IOException when no port can be bound
   */
  static CountingProxy to(int targetPort) throws IOException {
    return new CountingProxy(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()), targetPort);
  }

  int port() {
    return server.getLocalPort();
  }

  /**
   * Waits for the client to finish and returns what it sent.
   *
   * @return bytes from the client to the server
   * @throws InterruptedException when interrupted
   */
  long awaitSent() throws InterruptedException {
    acceptor.join(30_000);
    Thread up = upstreamPump;
    if (up != null) {
      up.join(30_000);
    }
    return sent.get();
  }

  private void relay(int targetPort) {
    try (Socket client = server.accept();
        Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
      Thread up = new Thread(() -> pump(client, target, sent), "counting-proxy-up");
      upstreamPump = up;
      up.start();
      pump(target, client, new AtomicLong());
      up.join();
    } catch (IOException | InterruptedException e) {
      // The measured tool reports its own failure.
    }
  }

  private static void pump(Socket from, Socket to, AtomicLong count) {
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      byte[] buf = new byte[16384];
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
        out.flush();
        count.addAndGet(n);
      }
      to.shutdownOutput();
    } catch (IOException e) {
      // One side closed; the other pump ends too.
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
