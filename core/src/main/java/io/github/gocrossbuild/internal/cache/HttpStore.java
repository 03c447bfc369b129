package io.github.gocrossbuild.internal.cache;

import io.github.gocrossbuild.cache.BuildCache;
import io.github.gocrossbuild.internal.BoundedCache;
import io.github.gocrossbuild.internal.Sha256;
import io.github.gocrossbuild.internal.provenance.ArtifactDigests;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A cache on an HTTP server, spoken to with the HTTP protocol of Bazel's remote cache: {@code GET}
 * and {@code PUT} of {@code <base>/ac/<key>} (the manifest) and {@code <base>/cas/<sha256>} (the
 * bytes). Bytes are stored before the manifest that names them, so a reader that finds a manifest
 * finds its bytes unless something removed them; fetched bytes are hashed on the way into the
 * artifact's temporary file and refused when they are not their name. {@code GET}s are made on the
 * calling thread ({@link HttpGet}), uploads with the JDK's {@code HttpClient}. The bearer token,
 * when there is one, goes only into the {@code Authorization} header.
 */
final class HttpStore implements ArtifactStore {
  private static final int MAX_MANIFEST = 1 << 20;

  /**
   * One client per connect timeout, shared by every run: a client owns a selector thread and a pool
   * of open connections, so one per {@code run()} would leave threads behind and connect anew each
   * time. The other settings are the same for every client.
   */
  private static final BoundedCache<Duration, HttpClient> CLIENTS =
      BoundedCache.create("HttpStore.clients", 8);

  private final URI base;
  private final HttpClient client;
  private final BuildCache cache;
  private final Optional<String> authorization;
  private final HttpProblem problems;
  private final boolean tokenUnusable;
  private final HttpGet gets;

  private HttpStore(BuildCache cache, Optional<String> token) {
    this.cache = cache;
    this.base = cache.url().orElseThrow();
    this.client =
        CLIENTS.get(
            cache.timeout(),
            timeout ->
                HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build());
    // Only visible ASCII can go into the header (and the JDK would repeat a bad value in its
    // exception): anything else is refused before a request, by name, never by value.
    this.tokenUnusable = token.isPresent() && !token.get().matches("[\\x21-\\x7e]+");
    this.authorization = token.filter(t -> !tokenUnusable).map(t -> "Bearer " + t);
    this.problems =
        new HttpProblem(cache.tokenVariable().orElseThrow(), token.isPresent(), cache.timeout());
    this.gets = new HttpGet(authorization, cache.timeout());
  }

  /**
   * Opens the store of an HTTP cache, reading its token from the environment.
   *
   * @param cache the cache
   * @return the store
   */
  static HttpStore open(BuildCache cache) {
    String variable = cache.tokenVariable().orElseThrow();
    return new HttpStore(
        cache,
        Optional.ofNullable(System.getenv(variable)).map(String::strip).filter(s -> !s.isEmpty()));
  }

  @Override
  public Optional<Entry> lookup(String key) throws RefusedException, UnavailableException {
    if (tokenUnusable) {
      throw new UnavailableException(
          String.format(
              "%s holds characters an HTTP header cannot carry (spaces, line breaks, non-ASCII);"
                  + " set it to the bare bearer token",
              cache.tokenVariable().orElseThrow()));
    }
    URI url = url("ac/" + key);
    Optional<byte[]> text = small(url);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.get().length > MAX_MANIFEST) {
      throw new RefusedException(url + " is larger than a manifest can be");
    }
    return Optional.of(
        ArtifactStore.entry(url.toString(), new String(text.get(), StandardCharsets.UTF_8)));
  }

  /**
   * Gets a small entry: a manifest or an envelope, read up to one byte past {@code MAX_MANIFEST}.
   *
   * @return the bytes, or empty on 404
   */
  private Optional<byte[]> small(URI url) throws UnavailableException {
    return get(url, HttpGet.upTo(MAX_MANIFEST + 1));
  }

  /**
   * Gets an entry of this cache by its path under the base URL ({@code ac/<key>} or {@code
   * cas/<sha256>}) and reads its body.
   *
   * @param path the path
   * @param body how to read the body of a 200
   * @param <T> what the body makes
   * @return what the body made, or empty on 404
   * @throws UnavailableException on any other status, or when there is no answer
   */
  <T> Optional<T> get(String path, HttpGet.Body<T> body) throws UnavailableException {
    return get(url(path), body);
  }

  /**
   * Writes an entry of this cache by its path under the base URL.
   *
   * @param path the path
   * @param body the bytes
   * @throws IOException when the connection fails
   * @throws UnavailableException when the server answers with a status other than 2xx
   */
  void put(String path, HttpRequest.BodyPublisher body) throws IOException, UnavailableException {
    put(url(path), body);
  }

  @Override
  public void fetch(String sha256, Path destination) throws RefusedException, UnavailableException {
    URI url = url("cas/" + sha256);
    Optional<String> actual =
        get(url, (in, length) -> CasBytes.copyHashing(in, destination, length));
    if (actual.isEmpty()) {
      throw new RefusedException(
          String.format("%s is missing (HTTP 404) though a manifest names it", url));
    }
    if (!actual.get().equals(sha256)) {
      throw new RefusedException(
          String.format("%s served bytes whose SHA-256 is %s, not its name", url, actual.get()));
    }
    CasBytes.executable(destination);
  }

  /**
   * Gets a URL and reads its body.
   *
   * @return what the body made, or empty on 404
   * @throws UnavailableException on any other status but 200, or when there is no answer
   */
  private <T> Optional<T> get(URI url, HttpGet.Body<T> body) throws UnavailableException {
    HttpGet.Answer<T> answer;
    try {
      answer = gets.get(url, body);
    } catch (IOException e) {
      throw new UnavailableException(problems.failure("GET", url, e));
    }
    if (answer.status() != 200 && answer.status() != 404) {
      throw new UnavailableException(problems.status("GET", url, answer.status()));
    }
    return answer.body();
  }

  @Override
  public String store(CacheKey key, Path artifact, Optional<Path> envelope) {
    URI url = base;
    try {
      // The digest the statement took as the artifact was moved into place, not a second hash.
      String sha = ArtifactDigests.sha256(artifact, artifact, ArtifactDigests.seen(artifact));
      url = url("cas/" + sha);
      put(url, HttpRequest.BodyPublishers.ofFile(artifact));
      if (envelope.isPresent()) {
        url = attestationUrl(sha);
        put(url, HttpRequest.BodyPublishers.ofFile(envelope.get()));
      }
      url = url("ac/" + key.key());
      put(url, HttpRequest.BodyPublishers.ofString(key.manifestWith(sha), StandardCharsets.UTF_8));
      return sha;
    } catch (IOException e) {
      throw new UncheckedIOException(notStored(artifact, problems.failure("PUT", url, e)), e);
    } catch (UnavailableException e) {
      throw new UncheckedIOException(notStored(artifact, e.getMessage()), new IOException(e));
    }
  }

  @Override
  public Optional<Path> attestation(String sha256, Path scratch) throws UnavailableException {
    URI url = attestationUrl(sha256);
    Optional<byte[]> envelope = small(url);
    if (envelope.isEmpty()) {
      return Optional.empty();
    }
    try {
      Files.write(scratch, envelope.get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(scratch);
  }

  /**
   * Where an artifact's DSSE envelope is kept: an action-cache entry under a key made from the
   * bytes' SHA-256, since the protocol has only action-cache entries and content-addressed bytes.
   * An envelope larger than a manifest is cut short and then fails verification.
   */
  private URI attestationUrl(String sha256) {
    return url(
        "ac/" + Sha256.of(("gocrossbuild attestation " + sha256).getBytes(StandardCharsets.UTF_8)));
  }

  private String notStored(Path artifact, String problem) {
    return String.format("cannot store %s in the cache %s: %s", artifact, base, problem);
  }

  private void put(URI url, HttpRequest.BodyPublisher body)
      throws IOException, UnavailableException {
    HttpResponse<InputStream> r = sendOrThrow(request(url).PUT(body));
    try (InputStream in = r.body()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    if (r.statusCode() / 100 != 2) {
      throw new UnavailableException(problems.status("PUT", url, r.statusCode()));
    }
  }

  private URI url(String path) {
    return URI.create(base + "/" + path);
  }

  private HttpRequest.Builder request(URI url) {
    HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(cache.timeout());
    authorization.ifPresent(a -> b.header("Authorization", a));
    return b;
  }

  private HttpResponse<InputStream> sendOrThrow(HttpRequest.Builder request) throws IOException {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    }
  }
}
