package io.github.gocrossbuild.schema.internal;

import io.github.gocrossbuild.internal.jsonc.JsoncException;
import io.github.gocrossbuild.internal.jsonc.JsoncLimits;
import io.github.gocrossbuild.internal.jsonc.JsoncText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a file with a size bound and decodes it as UTF-8 with core's {@link JsoncText}, turning bad
 * content into issues instead of exceptions.
 */
public final class SourceText {
  /**
   * Files above this size, the one JSONC size limit, are reported as {@code too-large} without
   * being parsed.
   */
  public static final int MAX_BYTES = JsoncLimits.MAX_SIZE;

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
    sink.flag(RuleId.TOO_LARGE, "", JsoncText.tooLarge(maxBytes));
  }

  /**
   * Decodes UTF-8 as core's JSONC reader does, dropping a UTF-8 byte order mark; invalid bytes
   * become a {@code syntax} error at their line and column.
   *
   * @param bytes the file content, at most the limit
   * @param sink where to report
   * @return the text, or empty when it is not valid UTF-8
   */
  public static Optional<String> decode(byte[] bytes, IssueSink sink) {
    try {
      return Optional.of(JsoncText.decode(sink.source(), bytes));
    } catch (JsoncException e) {
      sink.at(RuleId.SYNTAX, "", e.position(), e.problem());
      return Optional.empty();
    }
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
