package io.github.gocrossbuild.ssh.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * One read-write lock per remote workspace: a sync changes the sources alone, builds of the same
 * module may run together, and no sync changes the sources under a running {@code go build}.
 */
public final class WorkspaceLocks {
  private final Map<String, ReentrantReadWriteLock> locks = new ConcurrentHashMap<>();

  private ReentrantReadWriteLock lock(String workspace) {
    return locks.computeIfAbsent(workspace, k -> new ReentrantReadWriteLock());
  }

  /**
   * Syncs alone, then runs the build while other builds (but no sync) may run too.
   *
   * @param workspace the remote workspace
   * @param sync brings the sources up to date
   * @param build runs on the synced sources
   * @param <T> the build's result
   * @return the build's result
   */
  public <T> T syncThenBuild(String workspace, Runnable sync, Supplier<T> build) {
    ReentrantReadWriteLock lock = lock(workspace);
    lock.writeLock().lock();
    try {
      sync.run();
      // Downgrade: take the read lock before giving up the write lock.
      lock.readLock().lock();
    } finally {
      lock.writeLock().unlock();
    }
    try {
      return build.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Runs a sync alone.
   *
   * @param workspace the remote workspace
   * @param sync the sync
   * @param <T> its result
   * @return its result
   */
  public <T> T exclusive(String workspace, Supplier<T> sync) {
    ReentrantReadWriteLock lock = lock(workspace);
    lock.writeLock().lock();
    try {
      return sync.get();
    } finally {
      lock.writeLock().unlock();
    }
  }
}
