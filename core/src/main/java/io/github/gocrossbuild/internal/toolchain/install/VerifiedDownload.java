package io.github.gocrossbuild.internal.toolchain.install;

import io.github.gocrossbuild.ToolchainDownloadException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Downloads an archive and checks its SHA-256 against the pinned or published one before anyone
 * unpacks it; a mismatch deletes the file.
 */
final class VerifiedDownload {
  private VerifiedDownload() {}

  /**
   * Finds the checksum the archive must have.
   *
   * @param s the settings
   * @param fetcher how to fetch
   * @param archive the archive's file name
   * @return the checksum and its source
   * @throws ToolchainDownloadException when there is none or the site cannot be read
   */
  static Checksums.Expected expected(DownloadSettings s, Fetcher fetcher, String archive) {
    if (s.pinnedSha256().isPresent()) {
      return new Checksums.Expected(s.pinnedSha256().get(), "sha256(...)");
    }
    String url = s.urlOf(archive).toString();
    try {
      return Checksums.lookUp(fetcher, s.base(), archive)
          .orElseThrow(
              () ->
                  failure(
                      s,
                      url,
                      null,
                      null,
                      null,
                      "no SHA-256 published for %s (neither %s.sha256 nor the JSON listing has"
                          + " it); pin one with sha256(...)",
                      url,
                      url));
    } catch (IOException | RuntimeException e) {
      if (e instanceof ToolchainDownloadException t) {
        throw t;
      }
      throw failure(
          s, url, null, null, e, "cannot read the SHA-256 of %s: %s", url, e.getMessage());
    }
  }

  /**
   * Downloads and verifies.
   *
   * @param s the settings
   * @param fetcher how to fetch
   * @param archive the archive's file name
   * @param expected the checksum it must have
   * @param file where to write it (deleted on failure)
   * @throws ToolchainDownloadException when the download fails or the checksum differs
   */
  static void fetch(
      DownloadSettings s, Fetcher fetcher, String archive, Checksums.Expected expected, Path file) {
    URI uri = s.urlOf(archive);
    String url = uri.toString();
    Fetcher.Download d;
    try {
      d = fetcher.file(uri, file);
    } catch (IOException e) {
      deleteQuietly(file);
      throw failure(
          s, url, expected.sha256(), null, e, "downloading %s failed: %s", url, e.getMessage());
    }
    if (!d.sha256().equals(expected.sha256())) {
      deleteQuietly(file);
      throw failure(
          s,
          url,
          expected.sha256(),
          d.sha256(),
          null,
          "SHA-256 mismatch for %s (%d bytes): expected %s (from %s), got %s; the archive was"
              + " deleted and nothing was unpacked",
          url,
          d.bytes(),
          expected.sha256(),
          expected.source(),
          d.sha256());
    }
  }

  /**
   * Returns the SHA-256 of a file.
   *
   * @param file the file
   * @return lower-case hex
   * @throws IOException when it cannot be read
   */
  static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * Makes the exception every install failure becomes; the message ends with the cache directory.
   *
   * @param s the settings
   * @param url the archive URL
   * @param expected the expected checksum or null
   * @param actual the actual checksum or null
   * @param cause the cause or null
   * @param format the message format
   * @param args its arguments
   * @return the exception
   */
  static ToolchainDownloadException failure(
      DownloadSettings s,
      String url,
      String expected,
      String actual,
      Throwable cause,
      String format,
      Object... args) {
    String message = String.format(format, args) + String.format(" (cache %s)", s.cacheDir());
    return new ToolchainDownloadException(message, url, expected, actual, s.cacheDir(), cause);
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // Best effort: the caller is already failing with the reason that matters.
    }
  }
}
