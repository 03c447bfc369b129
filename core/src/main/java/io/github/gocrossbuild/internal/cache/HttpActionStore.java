package io.github.gocrossbuild.internal.cache;

import io.github.gocrossbuild.internal.Sha256;
import io.github.gocrossbuild.internal.cacheprog.ActionStore;
import io.github.gocrossbuild.internal.cacheprog.DirectoryActionStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Go's action cache on an HTTP cache server, in front of a directory on this machine. A get looks
 * in the directory first; on a miss it reads the action's line from {@code ac/<key>} and the output
 * from {@code cas/<output ID>} on the server, straight into the directory, where the bytes are
 * hashed and kept only when they are their output ID. A put is stored in the directory (the go
 * command's DiskPath, answered at once) and sent to the server in the background, bytes first, line
 * after them; {@link #close()} waits for the uploads, at most the cache's timeout.
 *
 * <p>The key of an action is the SHA-256 of {@code "gocrossbuild go action "} and the action ID in
 * hex, so it cannot be mistaken for a build's manifest; the line is {@code <output ID in hex>
 * <size>}. A server that cannot be reached or refuses a put costs the sharing, never the build: the
 * go command gets its answer from the directory, the server is not asked again by this store (so a
 * dead server costs one timeout, not one per action), and the problem is kept for {@link
 * #problem()}.
 */
final class HttpActionStore implements ActionStore {
  private static final HexFormat HEX = HexFormat.of();
  private static final int MAX_LINE = 256;

  /** Uploads at once: enough to keep up with the go command's puts on a slow link. */
  private static final int UPLOADERS = 2;

  private final HttpStore server;
  private final DirectoryActionStore local;
  private final AtomicReference<String> problem = new AtomicReference<>();
  private final Duration timeout;
  private final ExecutorService uploads;

  /**
   * Uses a server and a local directory.
   *
   * @param server the HTTP cache
   * @param local the directory on this machine the outputs are kept in
   * @param timeout how long the build's end waits for the uploads still running
   */
  HttpActionStore(HttpStore server, DirectoryActionStore local, Duration timeout) {
    this.server = server;
    this.local = local;
    this.timeout = timeout;
    this.uploads =
        Executors.newFixedThreadPool(
            UPLOADERS,
            r -> {
              Thread t = new Thread(r, "gocrossbuild-action-upload");
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public Optional<Output> get(byte[] actionId) throws IOException {
    Optional<Output> here = local.get(actionId);
    if (here.isPresent() || problem.get() != null) {
      return here;
    }
    try {
      Optional<String[]> line = line(actionId);
      if (line.isEmpty()) {
        return Optional.empty();
      }
      byte[] outputId = HEX.parseHex(line.get()[0]);
      long size = Long.parseLong(line.get()[1]);
      return server
          .get("cas/" + line.get()[0], (in, length) -> keep(actionId, outputId, size, in))
          .flatMap(o -> o);
    } catch (ArtifactStore.UnavailableException e) {
      remember(e.getMessage());
      throw new IOException(e.getMessage(), e);
    }
  }

  /** Keeps fetched bytes in the directory when they are their output ID and size. */
  private Optional<Output> keep(byte[] actionId, byte[] outputId, long size, InputStream in)
      throws IOException {
    try {
      return Optional.of(local.put(actionId, outputId, size, in));
    } catch (RefusedException e) {
      // A miss, and the go command builds; the server is not asked again: it serves something else
      // than what was put.
      remember("a Go action output on the server is not what its line says: " + e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<String[]> line(byte[] actionId) throws ArtifactStore.UnavailableException {
    Optional<String> text =
        server
            .get("ac/" + key(actionId), HttpGet.upTo(MAX_LINE))
            .map(b -> new String(b, StandardCharsets.US_ASCII).strip());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String[] words = text.get().split(" ");
    boolean valid =
        words.length == 2 && words[0].matches("[0-9a-f]{64}") && words[1].matches("[0-9]{1,18}");
    return valid ? Optional.of(words) : Optional.empty();
  }

  @Override
  public Output put(byte[] actionId, byte[] outputId, long size, InputStream body)
      throws RefusedException, IOException {
    Output stored = local.put(actionId, outputId, size, body);
    if (problem.get() == null) {
      byte[] action = actionId.clone();
      try {
        uploads.execute(() -> upload(action, stored));
      } catch (RejectedExecutionException e) {
        remember("a Go action output was put after the build ended");
      }
    }
    return stored;
  }

  /** Sends an output to the server, bytes first, then the action's line naming them. */
  private void upload(byte[] actionId, Output stored) {
    if (problem.get() != null) {
      return;
    }
    String output = HEX.formatHex(stored.outputId());
    try {
      server.put("cas/" + output, HttpRequest.BodyPublishers.ofFile(stored.file()));
      server.put(
          "ac/" + key(actionId),
          HttpRequest.BodyPublishers.ofString(
              output + " " + stored.size() + "\n", StandardCharsets.UTF_8));
    } catch (IOException | ArtifactStore.UnavailableException e) {
      remember("a Go action output could not be sent to the server: " + e.getMessage());
    }
  }

  /**
   * Waits for the uploads still running, up to the cache's timeout; what is not sent by then is
   * given up and said in {@link #problem()}.
   */
  @Override
  public void close() {
    uploads.shutdown();
    try {
      if (!uploads.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        int left = uploads.shutdownNow().size();
        remember(
            String.format(
                "%d Go action outputs were not sent to the server within %d s of the build's end",
                left, timeout.toSeconds()));
      }
    } catch (InterruptedException e) {
      uploads.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Returns the problem that stopped this store from asking the server, if any.
   *
   * @return the problem, worded for a warning
   */
  @Override
  public Optional<String> problem() {
    return Optional.ofNullable(problem.get());
  }

  private void remember(String message) {
    problem.compareAndSet(null, message);
  }

  /**
   * Returns an action's key on the server.
   *
   * @param actionId the go command's action ID
   * @return the key, lower-case hex
   */
  static String key(byte[] actionId) {
    return Sha256.of(
        ("gocrossbuild go action " + HEX.formatHex(actionId)).getBytes(StandardCharsets.UTF_8));
  }
}
