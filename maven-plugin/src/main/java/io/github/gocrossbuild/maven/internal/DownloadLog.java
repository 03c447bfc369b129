package io.github.gocrossbuild.maven.internal;

import io.github.gocrossbuild.DownloadProgress;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs a toolchain download's progress to Maven's log: the start, then one line per tenth of the
 * archive (per 16 MiB when the size is unknown), so a cold build that downloads Go shows it is
 * moving. One instance per goal execution; thread-safe.
 */
public final class DownloadLog implements Consumer<DownloadProgress> {
  private static final long STEP_WHEN_SIZE_UNKNOWN = 16L * 1024 * 1024;

  private final Log log;
  private final AtomicLong lastStep = new AtomicLong(-1);

  /**
   * Logs to this log.
   *
   * @param log the mojo's log
   */
  public DownloadLog(Log log) {
    this.log = log;
  }

  @Override
  public void accept(DownloadProgress p) {
    long step =
        p.totalBytes() > 0 ? p.bytes() * 10 / p.totalBytes() : p.bytes() / STEP_WHEN_SIZE_UNKNOWN;
    long before = lastStep.getAndAccumulate(step, Math::max);
    if (step > before) {
      String size =
          p.totalBytes() > 0
              ? String.format("%d of %d bytes", p.bytes(), p.totalBytes())
              : p.bytes() + " bytes";
      log.info(String.format("downloading %s: %s", p.url(), size));
    }
  }
}
