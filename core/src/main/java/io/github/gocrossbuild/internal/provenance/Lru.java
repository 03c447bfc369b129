package io.github.gocrossbuild.internal.provenance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small thread-safe map that forgets its least recently used entries beyond a bound: the memory
 * of file digests between builds.
 *
 * @param <K> the key
 * @param <V> the value
 */
final class Lru<K, V> {
  private final Map<K, V> map;

  Lru(int bound) {
    this.map =
        new LinkedHashMap<>(64, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > bound;
          }
        };
  }

  synchronized V get(K key) {
    return map.get(key);
  }

  synchronized void put(K key, V value) {
    map.put(key, value);
  }
}
