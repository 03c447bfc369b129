package io.github.gocrossbuild.internal.build;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildListener;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.InvalidBinaryException;
import io.github.gocrossbuild.VerificationException;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.internal.cache.ArtifactStore;
import io.github.gocrossbuild.internal.cache.CacheKey;
import io.github.gocrossbuild.internal.cache.CacheUse;
import io.github.gocrossbuild.internal.cache.EntryTrust;
import io.github.gocrossbuild.internal.plan.TargetPlan;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One build's use of the build cache: the key, the lookup before {@code go build} (a hit is proven
 * like a built artifact, and refused with a warning when its bytes or its binary are wrong), and
 * the store once the artifact is proven and in place. Without a cache every step does nothing.
 */
final class CacheStep {
  private final Optional<CacheUse> use;
  private final Optional<CacheKey> key;
  private final TargetPlan plan;
  private final BuildListener events;
  private Optional<String> manifest;
  private boolean hit;
  private Optional<String> fetchedSha256 = Optional.empty();
  private boolean unavailable;

  private CacheStep(
      Optional<CacheUse> use, Optional<CacheKey> key, TargetPlan plan, BuildListener events) {
    this.use = use;
    this.key = key;
    this.plan = plan;
    this.events = events;
    this.manifest = key.map(CacheKey::manifest);
  }

  /**
   * Makes the key of a plan; a build that cannot be keyed is warned about and never cached.
   *
   * @param use the cache and how to tell a local toolchain, if there is a cache
   * @param plan the plan
   * @param events who hears the warning
   * @return the step
   */
  static CacheStep start(Optional<CacheUse> use, TargetPlan plan, BuildListener events) {
    if (use.isEmpty()) {
      return new CacheStep(use, Optional.empty(), plan, events);
    }
    CacheKey.Keying keying = CacheKey.of(plan, use.get().onThisMachine().test(plan.host()));
    if (keying instanceof CacheKey.NotKeyed n) {
      warn(events, plan, WarningId.CACHE_NOT_KEYED, "not cached: " + n.reason());
    }
    return new CacheStep(use, keying.key(), plan, events);
  }

  /**
   * Returns the key of Go's actions that builds of this kind use ({@link CacheKey#warmSet()}).
   *
   * @return the key, or empty when the build has none
   */
  Optional<String> warmSet() {
    return key.map(CacheKey::warmSet);
  }

  /**
   * Looks the key up and, on a hit, writes the bytes to {@code tmp} and proves them.
   *
   * @param tmp the temporary artifact file (absent)
   * @return the proof of the fetched bytes, or empty on a miss or a refused entry
   */
  Optional<ArtifactProof> fetch(Path tmp) {
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String k = key.get().key();
    ArtifactStore store = use.get().store();
    try {
      Optional<ArtifactStore.Entry> entry = store.lookup(k);
      if (entry.isEmpty()) {
        return Optional.empty();
      }
      store.fetch(entry.get().sha256(), tmp);
      trusted(store, k, entry.get().sha256(), tmp);
      ArtifactProof proof;
      try {
        proof = ArtifactProof.prove(plan, tmp);
      } catch (VerificationException | InvalidBinaryException e) {
        throw new ArtifactStore.RefusedException(
            String.format("entry %s fails the proof: %s", k, e.getMessage()));
      }
      hit = true;
      fetchedSha256 = Optional.of(entry.get().sha256());
      manifest = Optional.of(entry.get().manifest());
      events.onEvent(new BuildEvent.CacheHit(plan.target(), use.get().cache().source(), k));
      return Optional.of(proof);
    } catch (ArtifactStore.RefusedException e) {
      AtomicFiles.deleteQuietly(tmp);
      warn(
          events,
          plan,
          WarningId.CACHE_ENTRY_REFUSED,
          String.format("refused the cache entry and built instead: %s", e.getMessage()));
      return Optional.empty();
    } catch (ArtifactStore.UnavailableException e) {
      AtomicFiles.deleteQuietly(tmp);
      unavailable = true;
      warn(
          events,
          plan,
          WarningId.CACHE_UNAVAILABLE,
          String.format(
              "the cache %s could not be read, so the target was built and not stored: %s",
              use.get().cache().url().map(Object::toString).orElse(use.get().cache().source()),
              e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * Stores the artifact just moved into place, unless it came from the cache, the build has no key,
   * the cache is read-only or could not be read (one warning, not two timeouts). A failure to store
   * is a warning: the build itself succeeded.
   *
   * @param artifact the proven artifact
   * @param envelope its DSSE envelope, when the build was attested
   */
  void store(Path artifact, Optional<Path> envelope) {
    if (hit || unavailable || key.isEmpty() || use.get().cache().isReadOnly()) {
      return;
    }
    try {
      String sha = use.get().store().store(key.get(), artifact, envelope);
      manifest = Optional.of(key.get().manifestWith(sha));
    } catch (UncheckedIOException e) {
      warn(events, plan, WarningId.CACHE_NOT_STORED, e.getMessage());
    }
  }

  /**
   * Checks a fetched entry against the cache's trusted keys, if it has any: only then is the
   * envelope looked up (one more request to an HTTP cache).
   */
  private void trusted(ArtifactStore store, String k, String sha256, Path bytes)
      throws ArtifactStore.RefusedException, ArtifactStore.UnavailableException {
    List<Path> keys = use.get().cache().trustedKeyFiles();
    if (keys.isEmpty()) {
      return;
    }
    Path scratch = AtomicFiles.temporaryFor(bytes.resolveSibling(bytes.getFileName() + ".intoto"));
    try {
      EntryTrust.check(k, bytes, store.attestation(sha256, scratch), keys);
    } finally {
      AtomicFiles.deleteQuietly(scratch);
    }
  }

  /**
   * Returns the SHA-256 of a hit's bytes, which the fetch checked: the statement takes it instead
   * of hashing the bytes again.
   */
  Optional<String> fetchedSha256() {
    return fetchedSha256;
  }

  boolean hit() {
    return hit;
  }

  Optional<String> source() {
    return hit ? use.map(u -> u.cache().source()) : Optional.empty();
  }

  Optional<String> manifest() {
    return manifest;
  }

  private static void warn(BuildListener events, TargetPlan plan, WarningId id, String message) {
    events.onEvent(new BuildEvent.Warning(plan.target(), new BuildWarning(id, message)));
  }
}
