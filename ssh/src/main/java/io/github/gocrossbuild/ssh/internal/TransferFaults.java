package io.github.gocrossbuild.ssh.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test hook: flips one bit of the first bytes received in the next downloads, as a broken link
 * would, so tests can show a corrupted artifact is refused and never kept. Off unless a test arms
 * it; not exported from the module.
 */
public final class TransferFaults {
  private static final AtomicInteger FLIPS = new AtomicInteger();

  private TransferFaults() {}

  /**
   * Corrupts the next downloads in flight.
   *
   * @param count how many downloads to corrupt; 0 disarms the hook
   */
  public static void corruptNextDownloads(int count) {
    FLIPS.set(count);
  }

  /**
   * Takes one armed corruption, if any.
   *
   * @return true when this download is to be corrupted
   */
  static boolean takeFlip() {
    return FLIPS.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }
}
