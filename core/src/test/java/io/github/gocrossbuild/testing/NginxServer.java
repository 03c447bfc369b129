package io.github.gocrossbuild.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real nginx (Debian's {@code nginx-light}, which has the WebDAV module) serving a cache the way
 * Bazel's HTTP cache is usually served: {@code PUT} writes under the root ({@code dav_methods PUT;
 * create_full_put_path on}: nginx writes to a temporary file and renames it), {@code GET} reads, a
 * missing file is 404. It runs as one process ({@code master_process off}) on 127.0.0.1 with a free
 * port and every file it writes (root, pid, logs, temporary bodies) in the fixture directory, so
 * {@link #kill()} really stops the server. The access log has each request's status and how many
 * bytes of it nginx read ({@code $request_length}).
 */
public final class NginxServer implements AutoCloseable {
  /** Where Debian installs nginx. */
  public static final Path NGINX = Path.of("/usr/sbin/nginx");

  private final Path dir;
  private final int port;
  private final Process process;

  private NginxServer(Path dir, int port, Process process) {
    this.dir = dir;
    this.port = port;
    this.process = process;
  }

  /**
   * Starts nginx with one cache location, {@code /cache/}, and more {@code location} blocks.
   *
   * @param dir the fixture directory (created)
   * @param locations more {@code location} blocks of the server, e.g. one that returns 500
   * @return the running server
   */
  public static NginxServer start(Path dir, String... locations) {
    if (!Files.isExecutable(NGINX)) {
      RealTools.missing("nginx with the WebDAV module (apt-get install nginx-light)");
    }
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return startOnce(dir, locations);
      } catch (IOException e) {
        last = e; // the free port was taken in between: try another
      }
    }
    throw new UncheckedIOException(last);
  }

  private static NginxServer startOnce(Path dir, String... locations) throws IOException {
    Files.createDirectories(dir.resolve("root"));
    Files.createDirectories(dir.resolve("tmp"));
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String conf =
        String.join(
            "\n",
            "root".equals(System.getProperty("user.name")) ? "user root;" : "",
            "daemon off;",
            "master_process off;",
            "worker_processes 1;",
            "pid " + dir.resolve("nginx.pid") + ";",
            "error_log " + dir.resolve("error.log") + " info;",
            "events { worker_connections 256; }",
            "http {",
            "  log_format cache '$request_method $uri $status $request_length';",
            "  access_log " + dir.resolve("access.log") + " cache;",
            "  client_body_temp_path " + dir.resolve("tmp/body") + ";",
            "  proxy_temp_path " + dir.resolve("tmp/proxy") + ";",
            "  fastcgi_temp_path " + dir.resolve("tmp/fastcgi") + ";",
            "  uwsgi_temp_path " + dir.resolve("tmp/uwsgi") + ";",
            "  scgi_temp_path " + dir.resolve("tmp/scgi") + ";",
            "  server {",
            "    listen 127.0.0.1:" + port + ";",
            "    root " + dir.resolve("root") + ";",
            "    client_max_body_size 0;",
            "    location /cache/ { dav_methods PUT; create_full_put_path on; }",
            "    " + String.join("\n    ", locations),
            "  }",
            "}",
            "");
    Path file = dir.resolve("nginx.conf");
    Files.writeString(file, conf, StandardCharsets.UTF_8);
    Process p =
        new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", file.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("nginx.out").toFile()))
            .start();
    NginxServer server = new NginxServer(dir, port, p);
    server.awaitListening();
    return server;
  }

  private void awaitListening() throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        String log = Files.readString(dir.resolve("nginx.out"));
        if (log.contains("Address already in use")) {
          throw new IOException(log);
        }
        throw new IllegalStateException("nginx exited with " + process.exitValue() + ": " + log);
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return;
      } catch (IOException e) {
        pause();
      }
    }
    close();
    throw new IllegalStateException("nginx did not listen on " + port + " within 15 s");
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Returns the URL of a location.
   *
   * @param location e.g. {@code cache} for {@code /cache/}
   * @return e.g. {@code http://127.0.0.1:40123/cache}
   */
  public URI url(String location) {
    return URI.create("http://127.0.0.1:" + port + "/" + location);
  }

  /**
   * Returns the directory nginx serves and writes into.
   *
   * @return the root; the cache location's files are under {@code root/cache}
   */
  public Path root() {
    return dir.resolve("root");
  }

  /**
   * Returns the access log: one line per request, {@code METHOD URI STATUS REQUEST_LENGTH}.
   *
   * @return the log's text
   */
  public String accessLog() {
    try {
      return Files.isRegularFile(dir.resolve("access.log"))
          ? Files.readString(dir.resolve("access.log"))
          : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Kills the server with SIGKILL: connections die, nothing is answered any more. */
  public void kill() {
    process.toHandle().destroyForcibly();
    process.onExit().orTimeout(10, TimeUnit.SECONDS).join();
  }

  /** Stops the server. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        kill();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
    }
  }
}
