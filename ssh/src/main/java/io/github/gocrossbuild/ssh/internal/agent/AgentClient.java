package io.github.gocrossbuild.ssh.internal.agent;

import java.io.Closeable;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.schmizz.sshj.common.Buffer;

/**
 * Talks to an {@code ssh-agent} over its Unix-domain socket (draft-miller-ssh-agent): lists the
 * keys it holds and asks it to sign. Replies are bounded in size (256 KiB, as OpenSSH's agent) and
 * in time. Not thread-safe: one connection per authentication.
 */
public final class AgentClient implements Closeable {
  static final byte FAILURE = 5;
  static final byte REQUEST_IDENTITIES = 11;
  static final byte IDENTITIES_ANSWER = 12;
  static final byte SIGN_REQUEST = 13;
  static final byte SIGN_RESPONSE = 14;

  /** Sign flag asking an RSA key for an {@code rsa-sha2-256} signature. */
  public static final int RSA_SHA2_256 = 2;

  /** Sign flag asking an RSA key for an {@code rsa-sha2-512} signature. */
  public static final int RSA_SHA2_512 = 4;

  private static final int MAX_MESSAGE = 256 * 1024;

  private final Path socket;
  private final SocketChannel channel;
  private final Selector selector;
  private final Duration timeout;

  private AgentClient(Path socket, SocketChannel channel, Selector selector, Duration timeout) {
    this.socket = socket;
    this.channel = channel;
    this.selector = selector;
    this.timeout = timeout;
  }

  /**
   * Connects to an agent.
   *
   * @param socket the agent's socket, e.g. {@code $SSH_AUTH_SOCK}
   * @param timeout how long one request may wait for its reply
   * @return the client
   * @throws IOException when the socket cannot be connected
   */
  public static AgentClient connect(Path socket, Duration timeout) throws IOException {
    SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      ch.connect(UnixDomainSocketAddress.of(socket));
      ch.configureBlocking(false);
      Selector sel = Selector.open();
      return new AgentClient(socket, ch, sel, timeout);
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  /**
   * Returns the socket this client talks to.
   *
   * @return the path
   */
  public Path socket() {
    return socket;
  }

  /**
   * Lists the keys the agent holds.
   *
   * @return the keys in the agent's order
   * @throws IOException when the agent fails or answers out of protocol
   */
  public List<AgentIdentity> identities() throws IOException {
    Buffer.PlainBuffer reply = request(new Buffer.PlainBuffer().putByte(REQUEST_IDENTITIES));
    try {
      expect(reply.readByte(), IDENTITIES_ANSWER);
      int n = reply.readUInt32AsInt();
      if (n < 0 || n > MAX_MESSAGE / 8) {
        throw new IOException("agent claims " + n + " keys");
      }
      List<AgentIdentity> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(new AgentIdentity(reply.readStringAsBytes(), reply.readString()));
      }
      return out;
    } catch (Buffer.BufferException e) {
      throw new IOException("malformed reply from the agent at " + socket + ": " + e.getMessage());
    }
  }

  /**
   * Asks the agent to sign data with one of its keys.
   *
   * @param keyBlob the key's public blob, as listed
   * @param data the data to sign
   * @param flags {@link #RSA_SHA2_256}, {@link #RSA_SHA2_512} or 0
   * @return the signature blob (algorithm name and signature, SSH wire form)
   * @throws IOException when the agent refuses or fails
   */
  public byte[] sign(byte[] keyBlob, byte[] data, int flags) throws IOException {
    Buffer.PlainBuffer reply =
        request(
            new Buffer.PlainBuffer()
                .putByte(SIGN_REQUEST)
                .putString(keyBlob)
                .putString(data)
                .putUInt32(flags));
    try {
      expect(reply.readByte(), SIGN_RESPONSE);
      return reply.readStringAsBytes();
    } catch (Buffer.BufferException e) {
      throw new IOException("malformed reply from the agent at " + socket + ": " + e.getMessage());
    }
  }

  private void expect(byte got, byte wanted) throws IOException {
    if (got == FAILURE) {
      throw new IOException("the agent at " + socket + " refused the request");
    }
    if (got != wanted) {
      throw new IOException(
          "the agent at " + socket + " answered message " + got + " where " + wanted + " was due");
    }
  }

  private Buffer.PlainBuffer request(Buffer.PlainBuffer message) throws IOException {
    byte[] body = message.getCompactData();
    ByteBuffer out = ByteBuffer.allocate(4 + body.length).putInt(body.length).put(body).flip();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (out.hasRemaining()) {
      if (channel.write(out) == 0) {
        await(SelectionKey.OP_WRITE, deadline);
      }
    }
    ByteBuffer len = ByteBuffer.allocate(4);
    fill(len, deadline);
    int n = len.flip().getInt();
    if (n <= 0 || n > MAX_MESSAGE) {
      throw new IOException("the agent at " + socket + " sent a " + n + "-byte message");
    }
    ByteBuffer in = ByteBuffer.allocate(n);
    fill(in, deadline);
    return new Buffer.PlainBuffer(in.array());
  }

  private void fill(ByteBuffer b, long deadline) throws IOException {
    while (b.hasRemaining()) {
      int r = channel.read(b);
      if (r < 0) {
        throw new IOException("the agent at " + socket + " closed the connection");
      }
      if (r == 0) {
        await(SelectionKey.OP_READ, deadline);
      }
    }
  }

  private void await(int op, long deadline) throws IOException {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new IOException("the agent at " + socket + " did not answer within " + timeout);
    }
    SelectionKey key = channel.register(selector, op);
    try {
      selector.select(Math.max(1, left / 1_000_000));
    } finally {
      key.cancel();
      selector.selectNow();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      selector.close();
    } finally {
      channel.close();
    }
  }
}
