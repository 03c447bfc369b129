package io.github.gocrossbuild.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * A thread-safe memo with a fixed maximum size that evicts the least recently used entry: the one
 * cache type of the library. Its key must hold everything the value depends on, so an entry is
 * never stale, only possibly evicted; each use site says in its Javadoc what its key is. Every
 * cache made here is listed in {@link LibraryCaches}, which empties them all at once.
 *
 * <p>A value is computed once per key even when several threads ask at the same time: the first
 * computes it outside the cache's lock, the others wait for that answer. A loader that throws
 * leaves nothing behind, so the next call tries again.
 *
 * @param <K> the key: every input the value depends on, compared with {@code equals}
 * @param <V> the value, never null
 */
public final class BoundedCache<K, V> {
  private final String name;
  private final int maxSize;

  /** In access order, so the eldest entry is the least recently used. Guarded by itself. */
  private final LinkedHashMap<K, FutureTask<V>> entries;

  private BoundedCache(String name, int maxSize) {
    this.name = name;
    this.maxSize = maxSize;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<K, FutureTask<V>> eldest) {
            return size() > BoundedCache.this.maxSize;
          }
        };
  }

  /**
   * Creates a cache and lists it in {@link LibraryCaches}.
   *
   * @param name what it caches, e.g. {@code ToolchainLocator.toolchains}, for messages and tests
   * @param maxSize the most entries it keeps, at least 1
   * @param <K> the key type
   * @param <V> the value type
   * @return an empty cache
   */
  public static <K, V> BoundedCache<K, V> create(String name, int maxSize) {
    Objects.requireNonNull(name, "name");
    if (maxSize < 1) {
      throw new IllegalArgumentException("maxSize: " + maxSize + " is below 1");
    }
    BoundedCache<K, V> cache = new BoundedCache<>(name, maxSize);
    LibraryCaches.register(cache);
    return cache;
  }

  /**
   * Returns the value for a key, computing and keeping it when the cache does not hold it.
   *
   * @param key the inputs of the value
   * @param loader computes the value from the key; must not return null nor ask this cache for the
   *     same key
   * @return the value
   * @throws RuntimeException what the loader threw (nothing is kept then)
   */
  public V get(K key, Function<? super K, ? extends V> loader) {
    Objects.requireNonNull(key, "key");
    FutureTask<V> task;
    boolean mine = false;
    synchronized (entries) {
      task = entries.get(key);
      if (task == null) {
        task = new FutureTask<>(() -> Objects.requireNonNull(loader.apply(key), name));
        entries.put(key, task);
        mine = true;
      }
    }
    if (mine) {
      task.run();
    }
    try {
      return task.get();
    } catch (ExecutionException e) {
      forget(key, task);
      throw unchecked(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + name, e);
    }
  }

  /**
   * Returns the value for a key when the cache holds a computed one, without computing it.
   *
   * @param key the inputs of the value
   * @return the value, or empty
   */
  public Optional<V> peek(K key) {
    FutureTask<V> task;
    synchronized (entries) {
      task = entries.get(key);
    }
    if (task == null || !task.isDone()) {
      return Optional.empty();
    }
    try {
      return Optional.of(task.get());
    } catch (ExecutionException | InterruptedException e) {
      return Optional.empty();
    }
  }

  /**
   * Keeps a value computed elsewhere, replacing what the cache held for the key (for memos whose
   * value for a key changes, such as the last digest seen for a path).
   *
   * @param key the inputs of the value
   * @param value the value
   */
  public void put(K key, V value) {
    Objects.requireNonNull(key, "key");
    FutureTask<V> done = new FutureTask<>(() -> value);
    done.run();
    synchronized (entries) {
      entries.put(key, done);
    }
  }

  /** Forgets every entry; a value being computed is still returned to the caller asking for it. */
  public void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }

  /**
   * Returns the number of entries, those being computed included.
   *
   * @return at most {@link #maxSize()}
   */
  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  /**
   * Returns the most entries this cache keeps.
   *
   * @return at least 1
   */
  public int maxSize() {
    return maxSize;
  }

  /**
   * Returns what this cache holds, as given when it was created.
   *
   * @return e.g. {@code ToolchainLocator.toolchains}
   */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return String.format("BoundedCache[%s, %d of %d]", name, size(), maxSize);
  }

  private void forget(K key, FutureTask<V> failed) {
    synchronized (entries) {
      entries.remove(key, failed);
    }
  }

  private static RuntimeException unchecked(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(cause);
  }
}
