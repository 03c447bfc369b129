package io.github.gocrossbuild.internal.binary;

import java.nio.charset.StandardCharsets;

/** Finds the Go build ID that the linker writes at the start of the text of PE and Mach-O files. */
final class GoMarkers {
  private static final byte[] BUILD_ID_PREFIX =
      "\u00ff Go build ID: \"".getBytes(StandardCharsets.ISO_8859_1);

  /** Go's {@code cmd/internal/buildid} reads this much from the start of the file. */
  private static final int SCAN = 32 * 1024;

  private GoMarkers() {}

  /**
   * Searches the first 32 KB from {@code offset} for {@code \xff Go build ID: "...."}.
   *
   * @param in the input
   * @param offset where to start
   * @param f where to record the ID
   */
  static void buildIdFromText(Input in, long offset, Facts f) {
    if (f.buildId != null || offset >= in.size()) {
      return;
    }
    // The ID sits at the start of the text, usually in the first few KB: read 8 KB, then 32 KB.
    byte[] text = in.upTo(offset, SCAN / 4, "text");
    int at = Strings.indexOf(text, text.length, BUILD_ID_PREFIX, 0);
    if (at < 0 || at + 300 > text.length) {
      text = in.upTo(offset, SCAN, "text");
      at = Strings.indexOf(text, text.length, BUILD_ID_PREFIX, 0);
    }
    if (at < 0) {
      return;
    }
    String id = quoted(text, at + BUILD_ID_PREFIX.length);
    if (id != null) {
      f.buildId = id;
      f.goEvidence = true;
    }
  }

  /**
   * Extracts the ID from {@code \xff Go build ID: "ID"} as {@code go tool buildid} prints it.
   *
   * @param bytes bytes that start with (or contain) the marker, e.g. a wasm {@code go:buildid}
   *     section
   * @return the ID between the quotes, or null when there is no complete marker
   */
  static String quotedBuildId(byte[] bytes) {
    int at = Strings.indexOf(bytes, bytes.length, BUILD_ID_PREFIX, 0);
    return at < 0 ? null : quoted(bytes, at + BUILD_ID_PREFIX.length);
  }

  private static String quoted(byte[] text, int start) {
    int end = start;
    while (end < text.length && end - start < 256 && text[end] != '"') {
      end++;
    }
    if (end < text.length && text[end] == '"' && end > start) {
      return new String(text, start, end - start, StandardCharsets.UTF_8);
    }
    return null;
  }
}
