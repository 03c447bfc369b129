package io.github.gocrossbuild.internal.toolchain.install;

import io.github.gocrossbuild.DownloadProgress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where distributions come from and go to, and the limits of one download.
 *
 * @param base the download site, ending in {@code /}
 * @param cacheDir where distributions are installed
 * @param pinnedSha256 the caller's checksum, which wins over the site's
 * @param timeout the limit for each transfer
 * @param maxArchiveBytes larger downloads are refused
 * @param maxUnpackedBytes archives unpacking to more are refused
 * @param listener receives progress
 */
public record DownloadSettings(
    URI base,
    Path cacheDir,
    Optional<String> pinnedSha256,
    Duration timeout,
    long maxArchiveBytes,
    long maxUnpackedBytes,
    Consumer<DownloadProgress> listener) {

  /**
   * Returns an archive's URL.
   *
   * @param archive the file name
   * @return the URL on the site
   */
  public URI urlOf(String archive) {
    return base.resolve(archive);
  }
}
