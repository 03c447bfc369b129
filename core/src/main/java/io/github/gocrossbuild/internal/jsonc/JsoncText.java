package io.github.gocrossbuild.internal.jsonc;

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

/**
 * Turns a file's bytes into the text {@link JsoncReader} reads: bounded by {@link
 * JsoncLimits#MAX_SIZE} before anything is read, strict UTF-8 (binary data and other encodings are
 * refused at their line and column rather than read as replacement characters), a UTF-8 byte order
 * mark dropped.
 */
public final class JsoncText {
  private JsoncText() {}

  /**
   * Reads and decodes a file.
   *
   * @param file the file
   * @param source the name for messages, e.g. {@code .vscode/tasks.json}
   * @return the text
   * @throws JsoncException when the file is too large or not UTF-8
   * @throws IOException when it cannot be read
   */
  public static String read(Path file, String source) throws IOException {
    // Checked before reading, so that a 50 MB file costs nothing, and while reading, because the
    // file may grow in between or be a pipe.
    boolean tooLarge = Files.size(file) > JsoncLimits.MAX_SIZE;
    byte[] bytes = new byte[0];
    if (!tooLarge) {
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(JsoncLimits.MAX_SIZE + 1);
      }
      tooLarge = bytes.length > JsoncLimits.MAX_SIZE;
    }
    if (tooLarge) {
      throw new JsoncException(source, 0, "", tooLarge(JsoncLimits.MAX_SIZE));
    }
    return decode(source, bytes);
  }

  /**
   * Decodes bytes read with a bound: more than {@link JsoncLimits#MAX_SIZE} of them is a file too
   * large to read.
   *
   * @param source the name for messages
   * @param bytes at most {@code MAX_SIZE + 1} bytes from the start of the file
   * @return the text
   * @throws JsoncException when the file is too large or not UTF-8
   */
  public static String decodeBounded(String source, byte[] bytes) {
    if (bytes.length > JsoncLimits.MAX_SIZE) {
      throw new JsoncException(source, 0, "", tooLarge(JsoncLimits.MAX_SIZE));
    }
    return decode(source, bytes);
  }

  /**
   * Words the refusal of an oversized file.
   *
   * @param maxBytes the limit that was exceeded
   * @return the problem and its fix, one sentence
   */
  public static String tooLarge(int maxBytes) {
    return String.format(
        "The file is larger than %d bytes, far beyond any real configuration file;"
            + " check that this is the right file.",
        maxBytes);
  }

  /**
   * Decodes UTF-8, dropping a UTF-8 byte order mark.
   *
   * @param source the name for messages
   * @param bytes the content
   * @return the text
   * @throws JsoncException at the line and column of the first invalid byte, or for UTF-16
   */
  public static String decode(String source, byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw new JsoncException(
          source, JsoncLocation.pack(1, 1), "", "The file is UTF-16 encoded; save it as UTF-8.");
    }
    int start =
        bytes.length >= 3
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
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
      throw new JsoncException(
          source,
          endPosition(out.flip()),
          "",
          String.format(
              "Invalid UTF-8 byte 0x%02X at byte offset %d; the file is binary or in another"
                  + " encoding, save it as UTF-8.",
              bytes[offset] & 0xFF, offset));
    }
    return out.flip().toString();
  }

  /**
   * Returns the position just after the given text: where the next character would be. Counts line
   * breaks as {@link JsoncReader} does ({@code \n}, {@code \r\n} and a lone {@code \r}).
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
    return JsoncLocation.pack(line, n - lineStart + 1);
  }
}
