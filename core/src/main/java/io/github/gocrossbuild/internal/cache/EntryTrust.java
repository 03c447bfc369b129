package io.github.gocrossbuild.internal.cache;

import io.github.gocrossbuild.provenance.AttestationException;
import io.github.gocrossbuild.provenance.Attestations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a cache entry comes from a trusted builder ({@code BuildCache.trustedKeys}): its
 * DSSE envelope must verify with one of the keys and name the entry's bytes as its subject.
 */
public final class EntryTrust {
  private EntryTrust() {}

  /**
   * Checks an entry's bytes against its envelope.
   *
   * @param key the entry's key, for messages
   * @param bytes the entry's bytes, as fetched
   * @param envelope the envelope stored with them, if any
   * @param trustedKeys the public key files; none means every entry is trusted
   * @throws ArtifactStore.RefusedException when the entry has no envelope or it verifies with none
   *     of the keys
   */
  public static void check(String key, Path bytes, Optional<Path> envelope, List<Path> trustedKeys)
      throws ArtifactStore.RefusedException {
    if (trustedKeys.isEmpty()) {
      return;
    }
    if (envelope.isEmpty()) {
      throw new ArtifactStore.RefusedException(
          String.format(
              "entry %s carries no attestation, and trustedKeys(...) accepts only signed entries",
              key));
    }
    List<String> failures = new ArrayList<>();
    for (Path publicKey : trustedKeys) {
      try {
        Attestations.verify(bytes, envelope.get(), publicKey);
        return;
      } catch (AttestationException e) {
        failures.add(String.format("%s: %s", publicKey.getFileName(), e.getMessage()));
      }
    }
    throw new ArtifactStore.RefusedException(
        String.format(
            "entry %s is not attested by a trusted key (%s)", key, String.join("; ", failures)));
  }
}
