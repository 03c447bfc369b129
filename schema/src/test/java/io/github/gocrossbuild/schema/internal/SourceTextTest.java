package io.github.gocrossbuild.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.schema.ConfigIssue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link SourceText}. */
class SourceTextTest {
  @TempDir Path dir;

  private final IssueSink sink = new IssueSink("settings.json", new SourceMap());

  @Test
  void shouldReadAtMostOneByteOverTheLimit() throws IOException {
    Path file = Files.write(dir.resolve("big.json"), new byte[100]);

    assertThat(SourceText.readBounded(file, 10)).hasSize(11);
    assertThat(SourceText.readBounded(file, 1000)).hasSize(100);
  }

  @Test
  void shouldDecodeUtf8AndDropTheByteOrderMark() {
    byte[] bytes = "\uFEFF{\"a\": \"ä\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(SourceText.decode(bytes, sink)).contains("{\"a\": \"ä\"}");
    assertThat(SourceText.stripBom("\uFEFF{}")).isEqualTo("{}");
    assertThat(sink.issues()).isEmpty();
  }

  @Test
  void shouldReportInvalidUtf8AtItsLineAndColumn() {
    byte[] bytes = {'{', '\n', ' ', ' ', '"', 'a', '"', ':', ' ', (byte) 0xFF, '}'};

    assertThat(SourceText.decode(bytes, sink)).isEmpty();
    assertThat(sink.issues())
        .extracting(ConfigIssue::toString)
        .containsExactly(
            "settings.json:2:8: error [syntax] Invalid UTF-8 byte 0xFF at byte offset 9; the file is"
                + " binary or in another encoding, save it as UTF-8.");
  }

  @Test
  void shouldReportUtf16AndTooLargeAtTheStart() {
    assertThat(SourceText.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0}, sink)).isEmpty();
    SourceText.reportTooLarge(sink, 10);

    assertThat(sink.issues())
        .extracting(ConfigIssue::toString)
        .containsExactly(
            "settings.json:1:1: error [syntax] The file is UTF-16 encoded; save it as UTF-8.",
            "settings.json:1:1: error [too-large] The file is larger than 10 bytes, far beyond any real"
                + " configuration file; check that this is the right file.");
  }
}
