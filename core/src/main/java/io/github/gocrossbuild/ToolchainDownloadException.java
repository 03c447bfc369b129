package io.github.gocrossbuild;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Thrown when a Go distribution cannot be downloaded, verified, unpacked or confirmed; nothing is
 * left in the cache directory when it is thrown.
 */
public class ToolchainDownloadException extends GoCrossBuildException {
  private static final long serialVersionUID = 1L;

  private final String url;
  private final String expectedSha256;
  private final String actualSha256;
  private final transient Path cacheDir;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, with the URL and the cache directory
   * @param url the archive's URL
   * @param expectedSha256 the checksum the archive should have, or null when unknown
   * @param actualSha256 the checksum it had, or null when it was not fully downloaded
   * @param cacheDir the cache directory the distribution was to go to
   * @param cause the underlying failure, or null
   */
  public ToolchainDownloadException(
      String message,
      String url,
      String expectedSha256,
      String actualSha256,
      Path cacheDir,
      Throwable cause) {
    super(message, cause);
    this.url = url;
    this.expectedSha256 = expectedSha256;
    this.actualSha256 = actualSha256;
    this.cacheDir = cacheDir;
  }

  /**
   * Returns the archive's URL.
   *
   * @return e.g. {@code https://go.dev/dl/go1.23.5.linux-amd64.tar.gz}
   */
  public String url() {
    return url;
  }

  /**
   * Returns the SHA-256 the archive should have had.
   *
   * @return lower-case hex, or empty when it was not known yet
   */
  public Optional<String> expectedSha256() {
    return Optional.ofNullable(expectedSha256);
  }

  /**
   * Returns the SHA-256 of what was downloaded.
   *
   * @return lower-case hex, or empty when the download did not complete
   */
  public Optional<String> actualSha256() {
    return Optional.ofNullable(actualSha256);
  }

  /**
   * Returns the cache directory the distribution was to be installed in.
   *
   * @return the directory
   */
  public Path cacheDir() {
    return cacheDir;
  }
}
