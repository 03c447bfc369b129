package io.github.gocrossbuild.internal.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * A {@code GET} from an HTTP cache made with {@link HttpURLConnection}, all on the calling thread,
 * which reads the socket straight into the reader's buffer. The JDK's {@code HttpClient} (which
 * makes the uploads) hands the response from its selector thread to the caller, and a body in 16
 * KiB pieces, each a hand-off: about 300 for a 4.9 MB artifact, which made a hit's fetch take 20 ms
 * instead of 9 and its lookup 1.6 ms instead of 0.5 on the shared 2-core machine (BENCHMARKS.md,
 * "HTTP cache"). Like that client it uses the default proxy selector, follows no redirect and
 * answers no authentication challenge; the connection stays open for the next request (the JDK's
 * keep-alive cache) once a body is read whole, and is closed when a read fails.
 *
 * @param authorization the {@code Authorization} header, if any
 * @param timeout the connect timeout and the longest wait for each read
 */
record HttpGet(Optional<String> authorization, Duration timeout) {

  /**
   * Reads a body.
   *
   * @param <T> what it makes of the bytes
   */
  interface Body<T> {
    /**
     * Reads the body.
     *
     * @param in the body
     * @param length its {@code Content-Length}, or -1 when the server sent none
     * @return what the bytes make
     * @throws IOException when the body cannot be read or ends before its length
     */
    T read(InputStream in, long length) throws IOException;
  }

  /**
   * What the server answered.
   *
   * @param status the HTTP status
   * @param body what the body made, when the status is 200
   * @param <T> what the body makes
   */
  record Answer<T>(int status, Optional<T> body) {}

  /**
   * Gets a URL and reads its body when the server answers 200.
   *
   * @param url the URL
   * @param body how to read a 200's body
   * @param <T> what the body makes
   * @return the status, with what the body made when it is 200
   * @throws IOException when there is no answer, or the body cannot be read
   */
  <T> Answer<T> get(URI url, Body<T> body) throws IOException {
    HttpURLConnection c = (HttpURLConnection) url.toURL().openConnection();
    c.setInstanceFollowRedirects(false);
    c.setUseCaches(false);
    c.setAuthenticator(new Authenticator() {});
    int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    c.setConnectTimeout(millis);
    c.setReadTimeout(millis);
    authorization.ifPresent(a -> c.setRequestProperty("Authorization", a));
    boolean read = false;
    try {
      int status = c.getResponseCode();
      Optional<T> made = Optional.empty();
      try (InputStream in = status == 200 ? c.getInputStream() : c.getErrorStream()) {
        if (status == 200) {
          made = Optional.of(body.read(in, c.getContentLengthLong()));
        } else if (in != null) {
          in.transferTo(OutputStream.nullOutputStream());
        }
      }
      read = true;
      return new Answer<>(status, made);
    } finally {
      if (!read) {
        c.disconnect();
      }
    }
  }

  /**
   * Reads a small body, up to a number of bytes.
   *
   * @param max the most bytes read
   * @return the reader
   */
  static Body<byte[]> upTo(int max) {
    return (in, length) -> {
      byte[] bytes = in.readNBytes(max);
      if (length >= 0 && bytes.length < Math.min(length, max)) {
        throw CasBytes.endedEarly(bytes.length, length);
      }
      return bytes;
    };
  }
}
