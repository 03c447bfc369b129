package io.github.gocrossbuild.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.cache.BuildCache;
import io.github.gocrossbuild.internal.Sha256;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link HttpStore} against servers that fail: a real nginx answering 500, dropping an
 * upload, killed before the upload or in the middle of a hit's bytes, a port nobody listens on, a
 * server that never answers, bytes that never come. Each time the build succeeds with one typed
 * warning naming the URL, the problem and the fix.
 */
class HttpStoreFaultsTest {
  private static final List<String> FAULTS =
      List.of(
          "location /broken/ { return 500; }",
          "location /putfails/ { if ($request_method = PUT) { return 500; } }",
          "location /drop/ { if ($request_method = PUT) { return 444; } }",
          "location /small/ { client_max_body_size 1k; dav_methods PUT; create_full_put_path on; }",
          "location /slow/ { limit_rate 1m; dav_methods PUT; create_full_put_path on; }");
  @TempDir Path tmp;
  @AutoClose private HttpCacheBuilds b;

  @BeforeEach
  void setUp() {
    b = new HttpCacheBuilds(tmp, FAULTS);
  }

  @Test
  void shouldBuildAndWarnOnceWhenTheServerFails() {
    URI url = b.nginx().url("broken");
    BuildResult r = b.build(BuildCache.http(url)).run();

    HttpCacheBuilds.assertBuiltWithWarning(
        r,
        WarningId.CACHE_UNAVAILABLE,
        String.format(
            "the cache %s could not be read, so the target was built and not stored: GET"
                + " %s/ac/%s answered HTTP 500: the server failed; see its error log",
            url, url, HttpCacheBuilds.key(r)));
    assertThat(b.nginx().accessLog()).doesNotContain("PUT");
  }

  /** A server error and a body too large (nginx's own 413), each answering the bytes' PUT. */
  @Test
  void shouldBuildAndWarnWhenAnUploadIsRefused() throws IOException {
    Map<String, String> answers =
        Map.of(
            "putfails",
            "500: the server failed; see its error log",
            "small",
            "413: the server refused the upload's size; raise its request body limit (nginx:"
                + " client_max_body_size 0)");
    for (Map.Entry<String, String> answer : answers.entrySet()) {
      URI url = b.nginx().url(answer.getKey());
      BuildResult r = b.build(BuildCache.http(url)).run();

      HttpCacheBuilds.assertBuiltWithWarning(
          r,
          WarningId.CACHE_NOT_STORED,
          String.format(
              "cannot store %s in the cache %s: PUT %s/cas/%s answered HTTP %s",
              r.artifact(), url, url, Sha256.of(r.artifact()), answer.getValue()));
      assertThat(r.cacheManifest().orElseThrow()).doesNotContain("artifact sha256");
      assertThat(b.files(answer.getKey(), "cas")).isEmpty();
    }
  }

  /**
   * nginx's {@code return 444} closes the connection as soon as it has read the {@code PUT}'s
   * headers, without reading the body or answering: the upload dies on the wire, which the access
   * log proves (nginx read fewer bytes of the request than the artifact has).
   */
  @Test
  void shouldBuildAndWarnWhenTheServerDropsTheUpload() throws IOException {
    URI url = b.nginx().url("drop");
    BuildResult r = b.build(BuildCache.http(url)).run();

    String sha = Sha256.of(r.artifact());
    HttpCacheBuilds.assertBuiltWithWarning(
        r,
        WarningId.CACHE_NOT_STORED,
        String.format(
            "cannot store %s in the cache %s: PUT %s/cas/%s lost the connection (",
            r.artifact(), url, url, sha),
        "); check the server's error log and the network");
    String put =
        b.nginx().accessLog().lines().filter(l -> l.startsWith("PUT")).findFirst().orElseThrow();
    assertThat(put).startsWith("PUT /drop/cas/" + sha + " 444 ");
    assertThat(Long.parseLong(put.substring(put.lastIndexOf(' ') + 1)))
        .isLessThan(Files.size(r.artifact()));
  }

  @Test
  void shouldBuildAndWarnWhenTheServerDiesAndWhenItCannotBeReached() throws IOException {
    URI url = b.nginx().url("cache");
    BuildResult r =
        b.build()
            .listener(
                e -> {
                  if (e instanceof BuildEvent.ArtifactWritten) {
                    b.nginx().kill();
                  }
                })
            .run();

    HttpCacheBuilds.assertBuiltWithWarning(
        r,
        WarningId.CACHE_NOT_STORED,
        String.format(
            "cannot store %s in the cache %s: PUT %s/cas/%s cannot connect (",
            r.artifact(), url, url, Sha256.of(r.artifact())),
        "); check the URL and that the server runs");

    BuildResult down = b.build().run();
    HttpCacheBuilds.assertBuiltWithWarning(
        down,
        WarningId.CACHE_UNAVAILABLE,
        String.format(
            "the cache %s could not be read, so the target was built and not stored: GET"
                + " %s/ac/%s cannot connect (",
            url, url, HttpCacheBuilds.key(down)),
        "); check the URL and that the server runs");
  }

  /**
   * nginx sends the bytes at 1 MB/s ({@code limit_rate}) and is killed once part of them is in the
   * artifact's temporary file: the body ends short of its length, the build warns, builds the
   * target itself, and no partial file stays beside the artifact.
   */
  @Test
  void shouldBuildAndLeaveNoPartialFileWhenTheServerDiesMidBody() throws Exception {
    URI url = b.nginx().url("slow");
    BuildCache cache = BuildCache.http(url);
    String sha = Sha256.of(b.build(cache).run().artifact());
    Path out = tmp.resolve("midbody");
    AtomicBoolean killed = new AtomicBoolean();
    Thread killer = new Thread(() -> killed.set(killWhenPartlyWritten(out)));
    killer.start();
    BuildResult r = b.build(cache).outputDir(out).run();
    killer.join();

    assertThat(killed).isTrue();
    HttpCacheBuilds.assertBuiltWithWarning(
        r,
        WarningId.CACHE_UNAVAILABLE,
        String.format(
            "the cache %s could not be read, so the target was built and not stored: GET"
                + " %s/cas/%s lost the connection (EOFException: the body ended after ",
            url, url, sha),
        String.format(
            " of its %d bytes); check the server's error log and the network",
            Files.size(r.artifact())));
    assertThat(Sha256.of(r.artifact())).isEqualTo(sha);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("hello-linux-arm64");
    }
  }

  /** Kills nginx once a temporary file in a directory holds some bytes; false after 60 s. */
  private boolean killWhenPartlyWritten(Path dir) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      try (Stream<Path> files = Files.list(dir)) {
        if (files.anyMatch(p -> p.toString().endsWith(".tmp") && p.toFile().length() > 0)) {
          b.nginx().kill();
          return true;
        }
      } catch (IOException e) {
        // not created yet
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
    }
    return false;
  }

  @Test
  void shouldGiveUpOnAServerThatNeverAnswers() throws IOException {
    try (ServerSocket hung = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
      URI url = URI.create("http://127.0.0.1:" + hung.getLocalPort() + "/cache");
      long start = System.nanoTime();
      BuildResult r = b.build(BuildCache.http(url).timeout(Duration.ofMillis(500))).run();

      HttpCacheBuilds.assertBuiltWithWarning(
          r,
          WarningId.CACHE_UNAVAILABLE,
          String.format(
              "the cache %s could not be read, so the target was built and not stored: GET"
                  + " %s/ac/%s got no answer within PT0.5S; check the server, or raise"
                  + " BuildCache.timeout(...)",
              url, url, HttpCacheBuilds.key(r)));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }
  }

  /**
   * nginx serves the manifest and passes the bytes' {@code GET} on to a server that never answers
   * ({@code proxy_pass}): the hit gives up after the cache's timeout and the target is built.
   */
  @Test
  void shouldGiveUpOnBytesThatNeverCome() throws IOException {
    try (ServerSocket hung = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        HttpCacheBuilds stalled =
            new HttpCacheBuilds(
                tmp.resolve("stalled"),
                List.of(
                    "location /stall/cas/ { proxy_pass http://127.0.0.1:"
                        + hung.getLocalPort()
                        + "; }"))) {
      String sha = Sha256.of(stalled.build().run().artifact());
      Path root = stalled.nginx().root();
      Path ac = Files.createDirectories(root.resolve("stall/ac"));
      for (String key : stalled.files("ac")) {
        Files.copy(root.resolve("cache/ac").resolve(key), ac.resolve(key));
      }
      URI url = stalled.nginx().url("stall");
      BuildResult r = stalled.build(BuildCache.http(url).timeout(Duration.ofMillis(500))).run();

      HttpCacheBuilds.assertBuiltWithWarning(
          r,
          WarningId.CACHE_UNAVAILABLE,
          String.format(
              "the cache %s could not be read, so the target was built and not stored: GET"
                  + " %s/cas/%s got no answer within PT0.5S; check the server, or raise"
                  + " BuildCache.timeout(...)",
              url, url, sha));
    }
  }
}
