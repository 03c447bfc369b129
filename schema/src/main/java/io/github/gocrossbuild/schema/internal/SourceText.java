package io.github.gocrossbuild.schema.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a file with a size bound and decodes it as UTF-8, turning bad content into issues instead
 * of exceptions.
 */
public final class SourceText {
  /** Files above this size are reported as {@code too-large} without being parsed. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private SourceText() {}

  /**
   * Reads at most {@code maxBytes + 1} bytes, so that an oversized file costs bounded memory and is
   * still recognised as oversized.
   *
   * @param file the file
   * @param maxBytes the limit
   * @return the bytes read
   * @throws IOException when the file cannot be read
   */
  public static byte[] readBounded(Path file, int maxBytes) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(maxBytes + 1);
    }
  }

  /**
   * Reports a file over the limit.
   *
   * @param sink where to report
   * @param maxBytes the limit that was exceeded
   */
  public static void reportTooLarge(IssueSink sink, int maxBytes) {
    sink.flag(
        RuleId.TOO_LARGE,
        "",
        "The file is larger than "
            + maxBytes
            + " bytes, far beyond any real configuration file;"
            + " check that this is the right file.");
  }

  /**
   * Decodes UTF-8, dropping a UTF-8 byte order mark; invalid bytes become a {@code syntax} error at
   * their line and column.
   *
   * @param bytes the file content, at most the limit
   * @param sink where to report
   * @return the text, or empty when it is not valid UTF-8
   */
  public static Optional<String> decode(byte[] bytes, IssueSink sink) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      sink.flag(RuleId.SYNTAX, "", "The file is UTF-16 encoded; save it as UTF-8.");
      return Optional.empty();
    }
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      long position = endPosition(out.flip());
      String hex = String.format("0x%02X", bytes[offset] & 0xFF);
      sink.at(
          RuleId.SYNTAX,
          "",
          position,
          "Invalid UTF-8 byte "
              + hex
              + " at byte offset "
              + offset
              + "; the file is binary or in another encoding, save it as UTF-8.");
      return Optional.empty();
    }
    out.flip();
    return Optional.of(out.toString());
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && Arrays.equals(
            Arrays.copyOf(bytes, 3), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
  }

  /**
   * Returns the position just after the given text: where the next character would be.
   *
   * @param text the decoded prefix
   * @return a packed position
   */
  static long endPosition(CharSequence text) {
    int line = 1;
    int lineStart = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return SourceMap.pack(line, n - lineStart + 1);
  }

  /**
   * Drops a leading byte order mark from text that was decoded by someone else.
   *
   * @param text the text
   * @return the text without U+FEFF at the start
   */
  public static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
