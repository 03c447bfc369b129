package io.github.gocrossbuild.internal.cacheprog;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Listens on 127.0.0.1 (a random port) for bridges during one build and serves each connection as a
 * {@link ProgSession}. A bridge must first send the build's secret and its mode ({@code <token>
 * local} or {@code <token> remote}) within ten seconds; anyone else, such as another user of the
 * machine who found the port, is disconnected unanswered. A remote bridge may add the number of
 * outputs it holds ({@code <token> remote <n>}) and send them on the next {@code n} lines, each
 * {@code <output ID in hex> <size>}: their hits then travel without their bytes. With a {@link
 * WarmSet}, a session that ends with {@code close} records the actions it used, and a remote
 * bridge's session pushes the outputs of the recorded ones while the link is idle.
 */
public final class CacheProgServer implements AutoCloseable {
  /** The largest put body accepted: far above any object file or archive the go command caches. */
  public static final long MAX_BODY = 1L << 32;

  private static final int HELLO_TIMEOUT_MS = 10_000;

  /** The most outputs a bridge may say it holds. */
  public static final int MAX_HELD = 1 << 20;

  private final ActionStore store;
  private final Optional<WarmSet> warm;
  private final long maxBody;
  private final String token;
  private final ServerSocket socket;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final List<ProgSession.Sent> finished = new CopyOnWriteArrayList<>();

  /**
   * Starts listening.
   *
   * @param store where entries are kept
   * @param maxBody the largest put body accepted, in bytes
   * @throws IOException when no port can be bound
   */
  public CacheProgServer(ActionStore store, long maxBody) throws IOException {
    this(store, Optional.empty(), maxBody);
  }

  /**
   * Starts listening; sessions record the actions they use in a warm set, and a remote bridge's
   * session pushes the outputs of the actions recorded there before they are asked for.
   *
   * @param store where entries are kept
   * @param warm the warm set of the build's kind, if it has one
   * @param maxBody the largest put body accepted, in bytes
   * @throws IOException when no port can be bound
   */
  public CacheProgServer(ActionStore store, Optional<WarmSet> warm, long maxBody)
      throws IOException {
    this.store = store;
    this.warm = warm;
    this.maxBody = maxBody;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.token = HexFormat.of().formatHex(secret);
    this.socket = new ServerSocket();
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    Thread accepting = new Thread(this::accept, "gocrossbuild-cacheprog-" + port());
    accepting.setDaemon(true);
    accepting.start();
  }

  /**
   * Returns the port on 127.0.0.1.
   *
   * @return the port
   */
  public int port() {
    return socket.getLocalPort();
  }

  /**
   * Returns the secret a bridge must send first.
   *
   * @return 64 hex digits
   */
  public String token() {
    return token;
  }

  private void accept() {
    while (!socket.isClosed()) {
      Socket s;
      try {
        s = socket.accept();
      } catch (IOException e) {
        return;
      }
      open.add(s);
      Thread t = new Thread(() -> serve(s), "gocrossbuild-cacheprog-session");
      t.setDaemon(true);
      t.start();
    }
  }

  private void serve(Socket s) {
    try (s) {
      s.setSoTimeout(HELLO_TIMEOUT_MS);
      InputStream in = new BufferedInputStream(s.getInputStream(), 1 << 16);
      ProgReader reader = new ProgReader(in);
      String[] hello = reader.nextLine().orElse("").split(" ");
      if (hello.length < 2
          || hello.length > 3
          || !MessageDigest.isEqual(
              hello[0].getBytes(StandardCharsets.US_ASCII),
              token.getBytes(StandardCharsets.US_ASCII))
          || !Set.of("local", "remote").contains(hello[1])
          || (hello.length == 3 && (hello[1].equals("local") || !hello[2].matches("[0-9]{1,7}")))) {
        return;
      }
      Set<String> held = hello.length == 3 ? held(reader, Integer.parseInt(hello[2])) : Set.of();
      s.setSoTimeout(0);
      s.setTcpNoDelay(true);
      OutputStream out = new BufferedOutputStream(s.getOutputStream(), 1 << 16);
      boolean remote = hello[1].equals("remote");
      List<byte[]> push = remote ? warm.map(WarmSet::actions).orElse(List.of()) : List.of();
      ProgSession session = new ProgSession(store, remote, maxBody, held, push);
      boolean closed = session.serve(in, out);
      out.flush();
      // Before the bridge sees the end: whoever waits for it finds the session accounted for.
      finished.add(session.sent());
      if (closed) {
        warm.ifPresent(w -> w.record(session.used()));
      }
      s.shutdownOutput();
    } catch (SocketException e) {
      // The bridge went away or the server closed: its go command reports what it saw.
    } catch (IOException e) {
      // A broken or hostile peer: closing the connection is the answer.
    } finally {
      open.remove(s);
    }
  }

  /**
   * Returns what each session that ended sent its bridge, in the order they ended.
   *
   * @return the counts
   */
  public List<ProgSession.Sent> finished() {
    return List.copyOf(finished);
  }

  /** Reads a bridge's inventory: {@code count} lines of an output ID in hex and a size. */
  private static Set<String> held(ProgReader reader, int count) throws IOException {
    if (count > MAX_HELD) {
      throw new ProtocolException("a bridge says it holds more than " + MAX_HELD + " outputs");
    }
    Set<String> held = new HashSet<>();
    for (int i = 0; i < count; i++) {
      String line = reader.nextLine().orElse("");
      if (!line.matches("[0-9a-f]{64} [0-9]{1,18}")) {
        throw new ProtocolException("a line of a bridge's inventory is not <hex> <size>: " + line);
      }
      held.add(line);
    }
    return held;
  }

  /** Stops listening and ends every open session. */
  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing a listening socket does not fail in a way that matters here.
    }
    for (Socket s : open) {
      try {
        s.close();
      } catch (IOException ignored) {
        // The session thread ends on the closed socket.
      }
    }
  }
}
