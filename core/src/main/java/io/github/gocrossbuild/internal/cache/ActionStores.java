package io.github.gocrossbuild.internal.cache;

import io.github.gocrossbuild.cache.BuildCache;
import io.github.gocrossbuild.internal.Sha256;
import io.github.gocrossbuild.internal.cacheprog.ActionStore;
import io.github.gocrossbuild.internal.cacheprog.DirectoryActionStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Finds the store of Go's actions that belongs to a build cache. */
public final class ActionStores {
  private ActionStores() {}

  /**
   * Opens a build cache's store of Go's actions: {@code <directory>/go-actions} for a directory
   * cache; for an HTTP cache the server, in front of a directory of this machine's own cache named
   * after the server's URL.
   *
   * @param use the build cache in use
   * @param ownCache this machine's cache directory for GoCrossBuild (e.g. {@code
   *     ~/.cache/gocrossbuild})
   * @return the store
   */
  public static ActionStore open(CacheUse use, Path ownCache) {
    BuildCache cache = use.cache();
    DirectoryActionStore local = new DirectoryActionStore(warmRoot(use, ownCache));
    if (cache.directory().isPresent()) {
      return local;
    }
    return new HttpActionStore((HttpStore) use.store(), local, cache.timeout());
  }

  /**
   * Returns the directory of this machine that holds a build cache's Go actions, or for an HTTP
   * cache their local copies; the warm sets of builds are kept there too.
   *
   * @param use the build cache in use
   * @param ownCache this machine's cache directory for GoCrossBuild
   * @return {@code <directory>/go-actions}, or {@code <ownCache>/go-actions/<16 hex digits of the
   *     server URL's SHA-256>}
   */
  public static Path warmRoot(CacheUse use, Path ownCache) {
    BuildCache cache = use.cache();
    if (cache.directory().isPresent()) {
      return cache.directory().get().resolve("go-actions");
    }
    String url = cache.url().orElseThrow().toString();
    String name = Sha256.of(url.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    return ownCache.resolve("go-actions").resolve(name);
  }
}
