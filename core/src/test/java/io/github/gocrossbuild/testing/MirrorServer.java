package io.github.gocrossbuild.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A download site on 127.0.0.1 (the JDK's HttpServer) serving a mirror directory under {@code
 * /dl/}: files by name, and {@code listing.json} for {@code /dl/?mode=json&include=all}. Counts
 * requests per file and can cut a file's transfer short.
 */
public final class MirrorServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Path dir;
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final Map<String, Long> truncated = new ConcurrentHashMap<>();

  private MirrorServer(Path dir) throws IOException {
    this.dir = dir;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/dl/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /**
   * Starts serving a directory.
   *
   * @param dir the mirror directory
   * @return the running server
   */
  public static MirrorServer serve(Path dir) {
    try {
      return new MirrorServer(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the site's base URI.
   *
   * @return {@code http://127.0.0.1:<port>/dl/}
   */
  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dl/");
  }

  /**
   * Returns how many times a file was asked for.
   *
   * @param name the file name, or {@code listing.json} for the listing
   * @return the count
   */
  public int requests(String name) {
    return requests.getOrDefault(name, new AtomicInteger()).get();
  }

  /**
   * Makes the server announce a file's full length but close the connection after some bytes.
   *
   * @param name the file name
   * @param afterBytes how many bytes to send
   */
  public void truncate(String name, long afterBytes) {
    truncated.put(name, afterBytes);
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath().substring("/dl/".length());
    String query = ex.getRequestURI().getQuery();
    String name =
        path.isEmpty() && query != null && query.contains("mode=json") ? "listing.json" : path;
    requests.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
    Path file = dir.resolve(name).normalize();
    if (name.isEmpty() || !file.startsWith(dir) || !Files.isRegularFile(file)) {
      ex.sendResponseHeaders(404, -1);
      ex.close();
      return;
    }
    long size = Files.size(file);
    long limit = truncated.getOrDefault(name, size);
    ex.sendResponseHeaders(200, size);
    OutputStream out = ex.getResponseBody();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      long sent = 0;
      for (int n = in.read(buf); n > 0 && sent < limit; n = in.read(buf)) {
        int k = (int) Math.min(n, limit - sent);
        out.write(buf, 0, k);
        sent += k;
      }
      out.flush();
    }
    if (limit < size) {
      // A handler that throws makes HttpServer drop the connection mid-body: the client sees
      // fewer bytes than announced.
      throw new IOException("cut short on purpose after " + limit + " bytes");
    }
    out.close();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
