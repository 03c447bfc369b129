package io.github.gocrossbuild.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.cache.BuildCache;
import io.github.gocrossbuild.internal.Sha256;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import io.github.gocrossbuild.testing.TestKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@code trustedKeys(...)} on an HTTP cache: a real nginx keeps the envelope of an
 * attested entry under an action-cache key made from the bytes' SHA-256, and a hit is accepted only
 * when that envelope verifies with a trusted key.
 */
class HttpStoreTrustTest {
  @TempDir Path tmp;
  @AutoClose private HttpCacheBuilds b;
  private TestKeys trusted;

  @BeforeEach
  void setUp() {
    b = new HttpCacheBuilds(tmp, List.of());
    trusted = TestKeys.ecdsa(tmp, "trusted");
  }

  private BuildCache trusting() {
    return BuildCache.http(b.nginx().url("cache")).trustedKeys(trusted.publicKey());
  }

  private static String envelopeKey(String sha) {
    return Sha256.of(("gocrossbuild attestation " + sha).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shouldStoreTheEnvelopeBesideTheBytesAndAcceptTheSignedHit() throws IOException {
    BuildResult stored = b.build().attest(trusted.privateKey()).run();
    String sha = Sha256.of(stored.artifact());
    Path envelope = b.nginx().root().resolve("cache/ac/" + envelopeKey(sha));
    assertThat(envelope).hasSameBinaryContentAs(stored.attestation().orElseThrow());
    // The manifest and the envelope: two action-cache entries.
    assertThat(b.files("ac")).hasSize(2).contains(envelopeKey(sha));

    long before = ProcessRunner.started();
    BuildResult hit = b.build(trusting()).run();

    assertThat(ProcessRunner.started() - before).isZero();
    assertThat(hit.fromCache()).isTrue();
    assertThat(HttpCacheBuilds.warnings(hit)).isEmpty();
    assertThat(Files.readAllBytes(hit.artifact())).isEqualTo(Files.readAllBytes(stored.artifact()));
  }

  @Test
  void shouldRefuseAnUnsignedHitAndRebuild() throws IOException {
    BuildResult stored = b.build().run();
    String sha = Sha256.of(stored.artifact());

    BuildResult refused = b.build(trusting().readOnly()).run();

    HttpCacheBuilds.assertBuiltWithWarning(
        refused,
        WarningId.CACHE_ENTRY_REFUSED,
        "refused the cache entry and built instead: entry "
            + HttpCacheBuilds.key(refused)
            + " carries no attestation, and trustedKeys(...) accepts only signed entries");
    assertThat(b.nginx().accessLog()).contains("GET /cache/ac/" + envelopeKey(sha) + " 404");
  }

  @Test
  void shouldRefuseAnEntrySignedByAnotherKey() {
    TestKeys other = TestKeys.ecdsa(tmp, "other");
    b.build().attest(other.privateKey()).run();

    BuildResult refused = b.build(trusting().readOnly()).run();

    assertThat(refused.fromCache()).isFalse();
    assertThat(HttpCacheBuilds.warnings(refused)).hasSize(1);
    assertThat(HttpCacheBuilds.warnings(refused).get(0).message())
        .startsWith(
            "refused the cache entry and built instead: entry "
                + HttpCacheBuilds.key(refused)
                + " is not attested by a trusted key (trusted.pub.pem: ");
  }
}
