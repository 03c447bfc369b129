package io.github.gocrossbuild.internal.cacheprog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads the go command's side of the cache-program protocol: JSON objects, each on its own line
 * (blank lines between them are skipped, as the go command writes one after each request), and a
 * put's body as the next line, a base64 JSON string literal. Lines are bounded, so a peer cannot
 * make the reader hold more than {@link #MAX_LINE} bytes or read a body past its declared size.
 */
public final class ProgReader {
  /** The longest request line read: requests hold IDs and two 32-byte hashes. */
  public static final int MAX_LINE = 1 << 16;

  private final InputStream in;
  private QuotedBase64 body;

  /**
   * Reads a stream.
   *
   * @param in the stream, buffered by the caller
   */
  public ProgReader(InputStream in) {
    this.in = in;
  }

  /**
   * Reads the next JSON object line.
   *
   * @return the line without its newline, or empty at the end of the stream
   * @throws ProtocolException when the line is too long or the stream ends inside it
   * @throws IOException when the stream fails
   */
  public Optional<String> nextLine() throws IOException {
    int c = skipBlanks();
    if (c < 0) {
      return Optional.empty();
    }
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (c != '\n') {
      if (c < 0) {
        throw new ProtocolException("the stream ended inside a request line");
      }
      if (line.size() >= MAX_LINE) {
        throw new ProtocolException("a request line is longer than " + MAX_LINE + " bytes");
      }
      line.write(c);
      c = in.read();
    }
    return Optional.of(line.toString(StandardCharsets.UTF_8).strip());
  }

  /**
   * Opens the body line that follows a put request: a stream of its decoded bytes, which fails when
   * the base64 is malformed, when it holds more than {@code size} bytes, or when the line does not
   * end right after the closing quote. Read it to its end before the next {@link #nextLine()}.
   *
   * @param size the request's BodySize
   * @return the decoded bytes
   * @throws ProtocolException when the line does not start with a quote
   * @throws IOException when the stream fails
   */
  public InputStream body(long size) throws IOException {
    int c = skipBlanks();
    if (c != '"') {
      throw new ProtocolException("a put's body line does not start with a JSON string");
    }
    long maxChars = (size + 2) / 3 * 4;
    body = new QuotedBase64(maxChars);
    return Base64.getDecoder().wrap(body);
  }

  /**
   * Reads the rest of the body line: the decoder stops at the padding, before the closing quote.
   *
   * @throws ProtocolException when anything but padding is left before the quote
   * @throws IOException when the stream fails
   */
  public void endBody() throws IOException {
    if (body == null) {
      return;
    }
    int c;
    while ((c = body.read()) >= 0) {
      if (c != '=') {
        throw new ProtocolException("a put's body goes on after its end");
      }
    }
    body = null;
  }

  private int skipBlanks() throws IOException {
    int c = in.read();
    while (c == '\n' || c == '\r' || c == ' ' || c == '\t') {
      c = in.read();
    }
    return c;
  }

  /** The characters of a JSON string literal up to its closing quote and the newline after it. */
  private final class QuotedBase64 extends InputStream {
    private final long maxChars;
    private long read;
    private boolean ended;

    QuotedBase64(long maxChars) {
      this.maxChars = maxChars;
    }

    @Override
    public int read() throws IOException {
      if (ended) {
        return -1;
      }
      int c = in.read();
      if (c == '"') {
        ended = true;
        int after = in.read();
        if (after != '\n' && after != -1) {
          throw new ProtocolException("a put's body line goes on after its closing quote");
        }
        return -1;
      }
      if (c < 0) {
        throw new ProtocolException("the stream ended inside a put's body");
      }
      if (++read > maxChars) {
        throw new ProtocolException(
            String.format(
                "a put's body is longer than its BodySize (%d base64 characters)", maxChars));
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      int n = 0;
      while (n < len) {
        int c = read();
        if (c < 0) {
          break;
        }
        b[off + n++] = (byte) c;
        if (in.available() == 0) {
          break;
        }
      }
      return n == 0 ? -1 : n;
    }
  }
}
