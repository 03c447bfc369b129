package io.github.gocrossbuild.internal.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Gets an entry's bytes from an HTTP cache into a file, hashed on the way, with {@link
 * HttpURLConnection}: it reads the socket straight into the copy's buffer. The JDK's {@code
 * HttpClient}, which makes every other request, reads 16 KiB at a time on its selector thread and
 * hands each piece over to the reading thread: about 300 hand-offs for a 4.9 MB artifact, which
 * made the fetch take 20 ms instead of 9 (BENCHMARKS.md, "HTTP cache"). Like that client it uses
 * the default proxy selector, follows no redirect, answers no authentication challenge, and keeps
 * the connection open for the next hit (the JDK's keep-alive cache) once the body is read whole; a
 * connection left in the middle of a body is closed.
 */
final class CasDownload {
  private CasDownload() {}

  /**
   * What the server answered.
   *
   * @param status the HTTP status
   * @param sha256 the SHA-256 of the bytes written, when the status is 200
   */
  record Answer(int status, Optional<String> sha256) {}

  /**
   * Gets a URL's body into a file when the server answers 200.
   *
   * @param url the URL of the bytes
   * @param authorization the {@code Authorization} header, if any
   * @param timeout the connect timeout and the longest wait for each read
   * @param destination the file, created or replaced, when the status is 200
   * @return the status, with the bytes' SHA-256 when it is 200
   * @throws IOException when there is no answer, or the body ends before its length
   */
  static Answer get(URI url, Optional<String> authorization, Duration timeout, Path destination)
      throws IOException {
    HttpURLConnection c = (HttpURLConnection) url.toURL().openConnection();
    c.setInstanceFollowRedirects(false);
    c.setUseCaches(false);
    c.setAuthenticator(new Authenticator() {});
    int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    c.setConnectTimeout(millis);
    c.setReadTimeout(millis);
    authorization.ifPresent(a -> c.setRequestProperty("Authorization", a));
    boolean whole = false;
    try {
      int status = c.getResponseCode();
      if (status != 200) {
        try (InputStream error = c.getErrorStream()) {
          if (error != null) {
            error.transferTo(OutputStream.nullOutputStream());
          }
        }
        whole = true;
        return new Answer(status, Optional.empty());
      }
      try (InputStream body = c.getInputStream()) {
        String sha256 = CasBytes.copyHashing(body, destination, c.getContentLengthLong());
        whole = true;
        return new Answer(status, Optional.of(sha256));
      }
    } finally {
      if (!whole) {
        c.disconnect();
      }
    }
  }
}
