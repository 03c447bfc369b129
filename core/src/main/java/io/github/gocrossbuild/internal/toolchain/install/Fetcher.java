package io.github.gocrossbuild.internal.toolchain.install;

import io.github.gocrossbuild.DownloadProgress;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Fetches {@code http:}, {@code https:} and {@code file:} URIs: small texts into memory, archives
 * into a file while hashing them, with a deadline for the whole transfer, a size limit and progress
 * reports.
 */
final class Fetcher {
  private static final long MAX_TEXT = 64L * 1024 * 1024;
  private static final long PROGRESS_EVERY_NANOS = 200_000_000L;

  /**
   * A finished download.
   *
   * @param bytes how many bytes were written
   * @param sha256 their SHA-256, lower-case hex
   */
  record Download(long bytes, String sha256) {}

  private final HttpClient client;
  private final Duration timeout;
  private final long maxBytes;
  private final Consumer<DownloadProgress> progress;

  Fetcher(Duration timeout, long maxBytes, Consumer<DownloadProgress> progress) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.progress = progress;
  }

  /**
   * Reads a small text document.
   *
   * @param uri where
   * @return the text, or empty when there is none (HTTP 404 or 410, or a missing file)
   * @throws IOException on any other failure
   */
  Optional<String> text(URI uri) throws IOException {
    Path tmp = Files.createTempFile("gocrossbuild-", ".txt");
    try {
      Optional<Download> d = fetch(uri, tmp, MAX_TEXT, false);
      return d.isEmpty()
          ? Optional.empty()
          : Optional.of(new String(Files.readAllBytes(tmp), StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Downloads into a file, which is created or replaced.
   *
   * @param uri where
   * @param file where to
   * @return the size and SHA-256 of what was written
   * @throws IOException when the download fails, is cut short, times out, is too large or is not
   *     there (HTTP status other than 200, missing file)
   */
  Download file(URI uri, Path file) throws IOException {
    return fetch(uri, file, maxBytes, true)
        .orElseThrow(() -> new IOException("not found (HTTP 404 or no such file)"));
  }

  private Optional<Download> fetch(URI uri, Path file, long limit, boolean report)
      throws IOException {
    Sink sink = new Sink(uri.toString(), file, limit, report ? progress : p -> {});
    try {
      if ("file".equalsIgnoreCase(uri.getScheme())) {
        return fromFile(Path.of(uri), sink);
      }
      return fromHttp(uri, sink);
    } finally {
      sink.close();
    }
  }

  private static Optional<Download> fromFile(Path source, Sink sink) throws IOException {
    try (InputStream in = Files.newInputStream(source)) {
      sink.total = Files.size(source);
      byte[] buf = new byte[1 << 16];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        sink.write(ByteBuffer.wrap(buf, 0, n));
      }
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    return Optional.of(sink.finish());
  }

  private Optional<Download> fromHttp(URI uri, Sink sink) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
    CompletableFuture<HttpResponse<Void>> response =
        client.sendAsync(
            request,
            info -> {
              sink.status = info.statusCode();
              sink.total = info.headers().firstValueAsLong("Content-Length").orElse(-1);
              if (info.statusCode() != 200) {
                sink.done.complete(null);
                return HttpResponse.BodySubscribers.discarding();
              }
              return HttpResponse.BodySubscribers.fromSubscriber(sink);
            });
    response.whenComplete(
        (r, t) -> {
          if (t != null) {
            sink.done.completeExceptionally(t);
          }
        });
    try {
      sink.done.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      sink.cancel();
      response.cancel(true);
      throw new IOException(String.format("timed out after %s", timeout), e);
    } catch (InterruptedException e) {
      sink.cancel();
      response.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      throw c instanceof IOException io ? io : new IOException(String.valueOf(c), c);
    }
    if (sink.status == 404 || sink.status == 410) {
      return Optional.empty();
    }
    if (sink.status != 200) {
      throw new IOException(String.format("HTTP status %d", sink.status));
    }
    return Optional.of(sink.finish());
  }

  /** Writes, hashes and counts the body; completes {@code done} at the end or on failure. */
  private static final class Sink implements Flow.Subscriber<List<ByteBuffer>> {
    final CompletableFuture<Void> done = new CompletableFuture<>();
    volatile int status = 200;
    volatile long total = -1;
    private final String url;
    private final FileChannel channel;
    private final MessageDigest digest;
    private final long limit;
    private final Consumer<DownloadProgress> progress;
    private volatile Flow.Subscription subscription;
    private long bytes;
    private long lastReport;

    Sink(String url, Path file, long limit, Consumer<DownloadProgress> progress)
        throws IOException {
      this.url = url;
      this.channel =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING);
      try {
        this.digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JDK has SHA-256", e);
      }
      this.limit = limit;
      this.progress = progress;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      try {
        for (ByteBuffer b : buffers) {
          write(b);
        }
        subscription.request(1);
      } catch (IOException e) {
        subscription.cancel();
        done.completeExceptionally(e);
      }
    }

    @Override
    public void onError(Throwable t) {
      done.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      done.complete(null);
    }

    void write(ByteBuffer b) throws IOException {
      bytes += b.remaining();
      if (bytes > limit) {
        throw new IOException(String.format("larger than the limit of %d bytes", limit));
      }
      digest.update(b.duplicate());
      while (b.hasRemaining()) {
        channel.write(b);
      }
      long now = System.nanoTime();
      if (now - lastReport >= PROGRESS_EVERY_NANOS) {
        lastReport = now;
        progress.accept(new DownloadProgress(url, bytes, total));
      }
    }

    Download finish() throws IOException {
      if (total >= 0 && bytes != total) {
        throw new IOException(
            String.format("the transfer ended after %d of %d bytes", bytes, total));
      }
      progress.accept(new DownloadProgress(url, bytes, total));
      channel.force(false);
      return new Download(bytes, HexFormat.of().formatHex(digest.digest()));
    }

    void cancel() {
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
    }

    void close() throws IOException {
      channel.close();
    }
  }
}
