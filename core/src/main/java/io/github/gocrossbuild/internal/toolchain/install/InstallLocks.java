package io.github.gocrossbuild.internal.toolchain.install;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One installer at a time per version: a lock on a file keeps other JVMs out, and since a JVM holds
 * file locks for the whole process, a lock per path keeps this JVM's other threads out.
 */
final class InstallLocks {
  private static final Map<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

  private InstallLocks() {}

  /** A held lock; closing releases it. */
  static final class Held implements AutoCloseable {
    private final ReentrantLock inJvm;
    private final FileChannel channel;

    private Held(ReentrantLock inJvm, FileChannel channel) {
      this.inJvm = inJvm;
      this.channel = channel;
    }

    @Override
    public void close() throws IOException {
      try {
        channel.close();
      } finally {
        inJvm.unlock();
      }
    }
  }

  /**
   * Waits for the lock.
   *
   * @param lockFile the file to lock (created if missing, never deleted: deleting it would let a
   *     waiting process lock a file the next one no longer sees)
   * @return the held lock
   * @throws IOException when the lock file cannot be created or locked
   */
  static Held acquire(Path lockFile) throws IOException {
    Path key = lockFile.toAbsolutePath().normalize();
    ReentrantLock lock = IN_JVM.computeIfAbsent(key, k -> new ReentrantLock());
    lock.lock();
    FileChannel channel = null;
    try {
      Files.createDirectories(key.getParent());
      channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      // Released when the channel closes.
      channel.lock();
      return new Held(lock, channel);
    } catch (IOException | RuntimeException e) {
      if (channel != null) {
        channel.close();
      }
      lock.unlock();
      throw e;
    }
  }
}
