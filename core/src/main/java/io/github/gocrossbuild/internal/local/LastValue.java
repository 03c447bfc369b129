package io.github.gocrossbuild.internal.local;

import java.util.function.Function;

/**
 * Remembers the value computed for the last key, so that asking again with an equal key returns the
 * same instance. A warm rebuild asks the same questions as the build before it, and an identical
 * instance compares equal at once where the next step looks it up (the toolchain and environment
 * caches). Thread-safe; a race only computes a value twice.
 *
 * @param <K> the key: every input the value depends on, compared with {@code equals}
 * @param <V> the value
 */
final class LastValue<K, V> {
  private record Entry<K, V>(K key, V value) {}

  private volatile Entry<K, V> last;

  /**
   * Returns the value for the key: the remembered one when the key equals the last key, else a
   * freshly computed one, which is then remembered.
   *
   * @param key the inputs
   * @param compute computes the value from the inputs
   * @return the value
   */
  V get(K key, Function<K, V> compute) {
    Entry<K, V> known = last;
    if (known != null && known.key().equals(key)) {
      return known.value();
    }
    V value = compute.apply(key);
    last = new Entry<>(key, value);
    return value;
  }
}
