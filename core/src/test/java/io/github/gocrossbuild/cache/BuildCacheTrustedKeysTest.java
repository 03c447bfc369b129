package io.github.gocrossbuild.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.GoToolchainFixture;
import io.github.gocrossbuild.internal.Sha256;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import io.github.gocrossbuild.provenance.AttestationException;
import io.github.gocrossbuild.provenance.Attestations;
import io.github.gocrossbuild.testing.TestKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link BuildCache#trustedKeys(Path...)}: real Go builds, real ECDSA keys, the DSSE
 * envelope an attested build stores beside its entry, and entries refused and rebuilt.
 */
class BuildCacheTrustedKeysTest {
  @TempDir Path tmp;
  private Path cacheDir;
  private TestKeys trusted;
  private Path module;
  private int outputs;

  @BeforeEach
  void setUp() {
    GoToolchainFixture.go();
    cacheDir = tmp.resolve("cache");
    trusted = TestKeys.ecdsa(tmp, "trusted");
    module = GoToolchainFixture.copyModule("hello", tmp);
  }

  /** A fresh builder of the same build, writing a fresh output directory. */
  private GoCrossBuilder build(BuildCache cache) {
    return GoCrossBuild.target("linux/arm64")
        .noCgo()
        .moduleDir(module)
        .on(BuildHosts.local(GoToolchainFixture.environment()))
        .outputDir(tmp.resolve("out" + ++outputs))
        .cache(cache);
  }

  private BuildCache trusting() {
    return BuildCache.directory(cacheDir).trustedKeys(trusted.publicKey());
  }

  private String key() throws IOException {
    try (Stream<Path> files = Files.list(cacheDir.resolve("ac"))) {
      return files.map(p -> p.getFileName().toString()).findFirst().orElseThrow();
    }
  }

  /**
   * The refusal of a build that then ran go; with a Go older than 1.24 that build also says Go's
   * action cache was not shared ({@code cache.no-gocacheprog}), which is not what is tested here.
   */
  private static String refusal(BuildResult r) {
    assertThat(r.fromCache()).isFalse();
    List<BuildWarning> refusals =
        r.warnings().stream()
            .filter(w -> !w.id().equals(BuildWarning.CACHE_NO_GOCACHEPROG))
            .toList();
    assertThat(refusals)
        .extracting(BuildWarning::id)
        .containsExactly(BuildWarning.CACHE_ENTRY_REFUSED);
    return refusals.get(0).message();
  }

  @Test
  void shouldAcceptAnEntrySignedByATrustedKey() throws IOException {
    BuildResult stored = build(BuildCache.directory(cacheDir)).attest(trusted.privateKey()).run();
    String sha = Sha256.of(stored.artifact());
    Path att = cacheDir.resolve("att").resolve(sha + ".intoto.jsonl");
    assertThat(att).hasSameBinaryContentAs(stored.attestation().orElseThrow());

    long before = ProcessRunner.started();
    BuildResult hit = build(trusting()).run();

    assertThat(ProcessRunner.started() - before).isZero();
    assertThat(hit.fromCache()).isTrue();
    assertThat(hit.warnings()).isEmpty();
    assertThat(Files.readAllBytes(hit.artifact())).isEqualTo(Files.readAllBytes(stored.artifact()));
    // The hit's statement names the bytes by the digest the fetch checked, not a second hash.
    assertThat(hit.provenance()).contains("\"sha256\": \"" + sha + "\"");
  }

  @Test
  void shouldRefuseAnUnsignedEntryAndStoreTheSignedRebuild() throws IOException {
    build(BuildCache.directory(cacheDir)).run();
    String key = key();

    BuildResult rebuilt = build(trusting()).attest(trusted.privateKey()).run();
    BuildResult hit = build(trusting()).run();

    assertThat(refusal(rebuilt))
        .isEqualTo(
            "refused the cache entry and built instead: entry "
                + key
                + " carries no attestation, and trustedKeys(...) accepts only signed entries");
    assertThat(hit.fromCache()).isTrue();
    assertThat(hit.warnings()).isEmpty();
  }

  @Test
  void shouldRefuseAnEntrySignedByAnotherKey() throws IOException {
    TestKeys other = TestKeys.ecdsa(tmp, "other");
    BuildResult stored = build(BuildCache.directory(cacheDir)).attest(other.privateKey()).run();
    Path att = cacheDir.resolve("att").resolve(Sha256.of(stored.artifact()) + ".intoto.jsonl");
    String why = verifyFailure(stored.artifact(), att, trusted.publicKey());

    BuildResult refused = build(trusting()).run();

    assertThat(why).contains("has no signature that verifies with " + trusted.publicKey());
    assertThat(refusal(refused)).isEqualTo(untrusted(why));
    assertThat(
            build(
                    BuildCache.directory(cacheDir)
                        .trustedKeys(trusted.publicKey(), other.publicKey()))
                .run()
                .fromCache())
        .isTrue();
  }

  @Test
  void shouldRefuseAnEditedEnvelope() throws IOException {
    BuildResult stored = build(BuildCache.directory(cacheDir)).attest(trusted.privateKey()).run();
    Path att = cacheDir.resolve("att").resolve(Sha256.of(stored.artifact()) + ".intoto.jsonl");
    String envelope = Files.readString(att, StandardCharsets.UTF_8);
    String payload = envelope.replaceAll("(?s).*\"payload\"\\s*:\\s*\"([^\"]*)\".*", "$1");
    String statement = new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8);
    String edited = statement.replace("\"linux\"", "\"LINUX\"").replace("hello", "hellO");
    assertThat(edited).isNotEqualTo(statement);
    Files.writeString(
        att,
        envelope.replace(
            payload, Base64.getEncoder().encodeToString(edited.getBytes(StandardCharsets.UTF_8))));
    String why = verifyFailure(stored.artifact(), att, trusted.publicKey());

    BuildResult refused = build(trusting()).run();

    assertThat(refusal(refused)).isEqualTo(untrusted(why));
  }

  @Test
  void shouldNeedAtLeastOneKey() {
    assertThatThrownBy(() -> BuildCache.directory(cacheDir).trustedKeys(new Path[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trustedKeys(...) needs at least one public key file");
    assertThat(BuildCache.directory(cacheDir).readOnly().trustedKeys(trusted.publicKey()))
        .satisfies(c -> assertThat(c.isReadOnly()).isTrue())
        .satisfies(c -> assertThat(c.trustedKeyFiles()).containsExactly(trusted.publicKey()));
    assertThat(BuildCache.directory(cacheDir).trustedKeyFiles()).isEmpty();
  }

  /** The warning for the one entry when the trusted key's check fails with this message. */
  private String untrusted(String why) throws IOException {
    return String.format(
        "refused the cache entry and built instead: entry %s is not attested by a trusted key (%s:"
            + " %s)",
        key(), trusted.publicKey().getFileName(), why);
  }

  private static String verifyFailure(Path artifact, Path envelope, Path key) {
    try {
      Attestations.verify(artifact, envelope, key);
    } catch (AttestationException e) {
      return e.getMessage();
    }
    throw new AssertionError("the envelope verifies: " + envelope);
  }
}
