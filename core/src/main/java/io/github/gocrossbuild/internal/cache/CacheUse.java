package io.github.gocrossbuild.internal.cache;

import io.github.gocrossbuild.cache.BuildCache;
import io.github.gocrossbuild.spi.BuildHost;
import java.util.function.Predicate;

/**
 * A build cache as the build runner uses it, with the test that tells a host whose toolchain is on
 * this machine (and so can be hashed) from a remote one. The test comes from the API package, which
 * knows the local host type: this package cannot depend on it without a package cycle.
 *
 * @param cache the cache
 * @param onThisMachine true for a host whose toolchain files are readable here
 * @param store the cache's store, opened once for every build of a run (one HTTP client)
 */
public record CacheUse(BuildCache cache, Predicate<BuildHost> onThisMachine, ArtifactStore store) {
  /**
   * Opens the cache's store.
   *
   * @param cache the cache
   * @param onThisMachine true for a host whose toolchain files are readable here
   */
  public CacheUse(BuildCache cache, Predicate<BuildHost> onThisMachine) {
    this(cache, onThisMachine, ArtifactStore.open(cache));
  }
}
