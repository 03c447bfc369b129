package io.github.gocrossbuild.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.cache.BuildCache;
import io.github.gocrossbuild.internal.Sha256;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import io.github.gocrossbuild.testing.CacheBuildMain;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link HttpStore}: real Go builds through a real nginx serving Bazel's HTTP cache
 * protocol with WebDAV {@code PUT}: store and hit, read-only, corrupted and missing bytes, the
 * bearer token, two JVMs storing one key. Servers that fail: {@link HttpStoreFaultsTest}.
 */
class HttpStoreTest {
  private static final String SECRET = "tok-" + UUID.randomUUID();
  private static final String PRIVATE =
      "location /private/ { if ($http_authorization != \"Bearer "
          + SECRET
          + "\") { return 401; }"
          + " dav_methods PUT; create_full_put_path on; }";
  @TempDir Path tmp;
  @AutoClose private HttpCacheBuilds b;

  @BeforeEach
  void setUp() {
    b = new HttpCacheBuilds(tmp, List.of(PRIVATE));
  }

  @Test
  void shouldStoreBytesThenManifestAndFetchASecondBuildWithoutStartingGo() throws IOException {
    BuildResult first = b.build().run();

    String sha = Sha256.of(first.artifact());
    assertThat(first.fromCache()).isFalse();
    assertThat(HttpCacheBuilds.warnings(first)).isEmpty();
    assertThat(b.files("cas")).containsExactly(sha);
    assertThat(b.files("ac")).hasSize(1);
    String key = b.files("ac").get(0);
    assertThat(b.nginx().root().resolve("cache/ac/" + key))
        .hasContent(first.cacheManifest().orElseThrow());
    assertThat(b.nginx().accessLog().lines().map(l -> l.substring(0, l.lastIndexOf(' '))))
        .containsExactly(
            "GET /cache/ac/" + key + " 404",
            "PUT /cache/cas/" + sha + " 201",
            "PUT /cache/ac/" + key + " 201");

    long before = ProcessRunner.started();
    BuildResult second = b.build().run();

    assertThat(ProcessRunner.started() - before).isZero();
    assertThat(second.fromCache()).isTrue();
    assertThat(second.cacheSource()).contains("http " + b.nginx().url("cache"));
    assertThat(HttpCacheBuilds.warnings(second)).isEmpty();
    assertThat(Files.readAllBytes(second.artifact()))
        .isEqualTo(Files.readAllBytes(first.artifact()));
    assertThat(Files.isExecutable(second.artifact())).isTrue();
    assertThat(second.binary().goarch()).contains(GoArch.ARM64);
    assertThat(second.cacheManifest()).isEqualTo(first.cacheManifest());
  }

  @Test
  void shouldNeverPutWithAReadOnlyCache() throws IOException {
    BuildCache readOnly = BuildCache.http(b.nginx().url("cache")).readOnly();
    BuildResult miss = b.build(readOnly).run();
    assertThat(miss.fromCache()).isFalse();
    assertThat(HttpCacheBuilds.warnings(miss)).isEmpty();
    assertThat(b.nginx().root().resolve("cache")).doesNotExist();
    assertThat(b.nginx().accessLog()).doesNotContain("PUT");

    b.build().run();
    BuildResult hit = b.build(readOnly).run();
    assertThat(hit.fromCache()).isTrue();
    assertThat(readOnly).hasToString("http " + b.nginx().url("cache") + " (read-only)");
  }

  @Test
  void shouldRefuseCorruptedBytesRebuildAndRepairTheEntry() throws IOException {
    BuildResult first = b.build().run();
    String sha = Sha256.of(first.artifact());
    Path cas = b.nginx().root().resolve("cache/cas/" + sha);
    byte[] bytes = Files.readAllBytes(cas);
    bytes[bytes.length / 2] ^= 1;
    Files.write(cas, bytes);
    String corrupted = Sha256.of(cas);

    BuildResult second = b.build().run();

    HttpCacheBuilds.assertBuiltWithWarning(
        second,
        WarningId.CACHE_ENTRY_REFUSED,
        String.format(
            "refused the cache entry and built instead: %s/cas/%s served bytes whose"
                + " SHA-256 is %s, not its name",
            b.nginx().url("cache"), sha, corrupted));
    assertThat(Sha256.of(second.artifact())).isEqualTo(sha);
    assertThat(Sha256.of(cas)).isEqualTo(sha);
    assertThat(b.build().run().fromCache()).isTrue();
  }

  @Test
  void shouldMissWithTheReasonWhenTheBytesAreGone() throws IOException {
    BuildResult first = b.build().run();
    String sha = Sha256.of(first.artifact());
    Files.delete(b.nginx().root().resolve("cache/cas/" + sha));

    BuildResult second = b.build().run();

    HttpCacheBuilds.assertBuiltWithWarning(
        second,
        WarningId.CACHE_ENTRY_REFUSED,
        String.format(
            "refused the cache entry and built instead: %s/cas/%s is missing (HTTP 404)"
                + " though a manifest names it",
            b.nginx().url("cache"), sha));
    assertThat(b.files("cas")).containsExactly(sha);
  }

  @Test
  void shouldSendTheTokenFromTheEnvironmentAndNeverShowIt() throws IOException {
    String url = b.nginx().url("private").toString();
    String wrong = "wrong-" + SECRET;
    String refused =
        CacheBuildMain.output(
            CacheBuildMain.start(
                Map.of("GOCROSSBUILD_CACHE_TOKEN", wrong), b.module().toString(), b.out(), url));
    Map<String, String> unset = new HashMap<>();
    unset.put("GOCROSSBUILD_CACHE_TOKEN", null);
    String missing =
        CacheBuildMain.output(CacheBuildMain.start(unset, b.module().toString(), b.out(), url));
    String unusable =
        CacheBuildMain.output(
            CacheBuildMain.start(
                Map.of("GOCROSSBUILD_CACHE_TOKEN", "two words " + SECRET),
                b.module().toString(),
                b.out(),
                url));
    Map<String, String> named = Map.of("GOCROSSBUILD_CACHE_TOKEN", wrong, "CI_CACHE_TOKEN", SECRET);
    String stored =
        CacheBuildMain.output(
            CacheBuildMain.start(named, b.module().toString(), b.out(), url, "CI_CACHE_TOKEN"));
    String hit =
        CacheBuildMain.output(
            CacheBuildMain.start(named, b.module().toString(), b.out(), url, "CI_CACHE_TOKEN"));

    assertThat(refused.lines().limit(2))
        .containsExactly(
            "false",
            refusedLine(
                url,
                "the server refused the bearer token in"
                    + " GOCROSSBUILD_CACHE_TOKEN; set it to a token the server accepts"));
    assertThat(missing.lines().limit(2))
        .containsExactly(
            "false",
            refusedLine(
                url,
                "the server wants credentials and"
                    + " GOCROSSBUILD_CACHE_TOKEN is not set; set it to a bearer token the server accepts"));
    assertThat(unusable.lines().limit(2))
        .containsExactly(
            "false",
            String.format(
                "cache.unavailable the cache %s could not be read, so the target was built and not"
                    + " stored: GOCROSSBUILD_CACHE_TOKEN holds characters an HTTP header cannot"
                    + " carry (spaces, line breaks, non-ASCII); set it to the bare bearer token",
                url));
    assertThat(stored.lines().findFirst()).contains("false");
    assertThat(hit.lines().findFirst()).contains("true");
    // The statement lists the build's warnings; Go 1.23's cache.no-gocacheprog is expected.
    assertThat((stored + hit).replace("\"cache.no-gocacheprog\"", "")).doesNotContain("cache.");
    assertThat(b.files("private", "ac")).hasSize(1);
    for (String printed : List.of(refused, missing, unusable, stored, hit)) {
      assertThat(printed).doesNotContain(SECRET).contains("\"env GOARCH\": \"arm64\"");
    }
    assertThat(b.nginx().accessLog()).doesNotContain(SECRET);
    assertThat(
            Files.readString(
                b.nginx().root().resolve("private/ac/" + b.files("private", "ac").get(0))))
        .doesNotContain(SECRET);
  }

  /** The warning of a 401 answer to the lookup, with the key the child JVM computed. */
  private String refusedLine(String url, String fix) {
    String line =
        String.format(
            "cache.unavailable the cache %s could not be read, so the target was built and not"
                + " stored: GET %s/ac/KEY answered HTTP 401: %s",
            url, url, fix);
    return line.replaceFirst(
        "KEY", HttpCacheBuilds.key(b.build(BuildCache.http(URI.create(url))).run()));
  }

  @Test
  void shouldLeaveOneConsistentEntryWhenTwoJvmsStoreTheSameKey() throws IOException {
    String url = b.nginx().url("cache").toString();
    List<Process> jvms =
        List.of(
            CacheBuildMain.start(Map.of(), b.module().toString(), b.out(), url),
            CacheBuildMain.start(Map.of(), b.module().toString(), b.out(), url));
    for (Process jvm : jvms) {
      assertThat(CacheBuildMain.output(jvm)).startsWith("false\n{");
    }
    String one = Sha256.of(tmp.resolve("out1/hello-linux-arm64"));
    assertThat(Sha256.of(tmp.resolve("out2/hello-linux-arm64"))).isEqualTo(one);
    assertThat(b.files("cas")).containsExactly(one);
    assertThat(b.files("ac")).hasSize(1);
    assertThat(b.nginx().root().resolve("cache/ac/" + b.files("ac").get(0)))
        .content()
        .contains("\"artifact sha256\": \"" + one + "\"");
    assertThat(b.build().run().fromCache()).isTrue();
  }

  /** A server that accepts the connection (the kernel does, from the backlog) and never answers. */
}
