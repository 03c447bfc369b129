package io.github.gocrossbuild.ssh;

import io.github.gocrossbuild.internal.GoCrossStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * What one source sync sent to the host. Unchanged files (same SHA-256 as the host's manifest) are
 * never sent; a second sync of unchanged sources sends nothing at all.
 */
@Value.Immutable
@GoCrossStyle
public abstract class SyncReport {

  SyncReport() {}

  /**
   * Returns the workspace directory on the host.
   *
   * @return e.g. {@code /home/builder/.cache/gocrossbuild/ws/3f2a...-hello/src}
   */
  public abstract String remoteDir();

  /**
   * Returns how many local files the module has (after exclusions).
   *
   * @return the file count
   */
  public abstract int files();

  /**
   * Returns how many files were uploaded.
   *
   * @return new or changed files
   */
  public abstract int filesSent();

  /**
   * Returns the bytes of file content uploaded.
   *
   * @return the sum of the sent files' sizes
   */
  public abstract long bytesSent();

  /**
   * Returns how many files were deleted on the host because they are gone locally.
   *
   * @return the count
   */
  public abstract int filesDeleted();

  /**
   * Returns how long the sync took.
   *
   * @return the duration
   */
  public abstract Duration duration();

  /**
   * Creates a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SyncReport} values. */
  public static final class Builder extends ImmutableSyncReport.Builder {
    Builder() {}
  }
}
