package io.github.gocrossbuild.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Every {@link BoundedCache} of the library, to empty them at once: for tests that must start from
 * nothing, and for a long-running JVM that wants the next build to ask every question again (the
 * caches are keyed on what their answers depend on, so this is never needed for correctness).
 * Caches owned by an object (an SSH connection's) leave this list when their owner is collected.
 *
 * <pre>{@code
 * LibraryCaches.clearAll();
 * }</pre>
 */
public final class LibraryCaches {
  private static final Set<BoundedCache<?, ?>> ALL =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  private LibraryCaches() {}

  static void register(BoundedCache<?, ?> cache) {
    ALL.add(cache);
  }

  /** Empties every cache of the library in this JVM. */
  public static void clearAll() {
    all().forEach(BoundedCache::clear);
  }

  /**
   * Returns the names of the caches that exist now (a class's static cache exists once the class is
   * loaded).
   *
   * @return the names, sorted; a name is listed once per cache
   */
  public static List<String> names() {
    return all().stream().map(BoundedCache::name).sorted().toList();
  }

  private static List<BoundedCache<?, ?>> all() {
    synchronized (ALL) {
      return new ArrayList<>(ALL);
    }
  }
}
