package io.github.gocrossbuild.ssh.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.SocketFactory;

/**
 * Makes plain TCP sockets that count the bytes they carry, so the library can report what a step
 * really cost on the wire (SSH framing, MACs and padding included).
 */
final class CountingSocketFactory extends SocketFactory {
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong received = new AtomicLong();

  long sent() {
    return sent.get();
  }

  long received() {
    return received.get();
  }

  @Override
  public Socket createSocket() {
    return new CountingSocket();
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    Socket s = createSocket();
    s.connect(new java.net.InetSocketAddress(host, port));
    return s;
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    Socket s = createSocket();
    s.bind(new java.net.InetSocketAddress(localHost, localPort));
    s.connect(new java.net.InetSocketAddress(host, port));
    return s;
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    Socket s = createSocket();
    s.connect(new java.net.InetSocketAddress(host, port));
    return s;
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    Socket s = createSocket();
    s.bind(new java.net.InetSocketAddress(localAddress, localPort));
    s.connect(new java.net.InetSocketAddress(address, port));
    return s;
  }

  private final class CountingSocket extends Socket {
    private OutputStream out;
    private InputStream in;

    @Override
    public synchronized OutputStream getOutputStream() throws IOException {
      if (out == null) {
        out =
            new FilterOutputStream(super.getOutputStream()) {
              @Override
              public void write(int b) throws IOException {
                super.out.write(b);
                sent.incrementAndGet();
              }

              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                super.out.write(b, off, len);
                sent.addAndGet(len);
              }
            };
      }
      return out;
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
      if (in == null) {
        InputStream raw = super.getInputStream();
        in =
            new InputStream() {
              @Override
              public int read() throws IOException {
                int b = raw.read();
                if (b >= 0) {
                  received.incrementAndGet();
                }
                return b;
              }

              @Override
              public int read(byte[] b, int off, int len) throws IOException {
                int n = raw.read(b, off, len);
                if (n > 0) {
                  received.addAndGet(n);
                }
                return n;
              }

              @Override
              public int available() throws IOException {
                return raw.available();
              }

              @Override
              public void close() throws IOException {
                raw.close();
              }
            };
      }
      return in;
    }
  }
}
