package io.github.gocrossbuild.internal.jsonc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link JsoncText}. */
class JsoncTextTest {
  @TempDir Path dir;

  @Test
  void shouldDecodeUtf8AndDropTheByteOrderMark() {
    byte[] bytes = "\uFEFF{\"a\": \"ä\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(JsoncText.decode("settings.json", bytes)).isEqualTo("{\"a\": \"ä\"}");
  }

  @Test
  void shouldReportInvalidUtf8AtItsLineAndColumn() {
    byte[] bytes = {'{', '\n', ' ', ' ', '"', 'a', '"', ':', ' ', (byte) 0xFF, '}'};

    assertThatThrownBy(() -> JsoncText.decode("settings.json", bytes))
        .isInstanceOf(JsoncException.class)
        .hasMessage(
            "settings.json:2:8: Invalid UTF-8 byte 0xFF at byte offset 9; the file is binary or"
                + " in another encoding, save it as UTF-8.");
    assertThatThrownBy(() -> JsoncText.decode("s", new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0}))
        .hasMessage("s:1:1: The file is UTF-16 encoded; save it as UTF-8.");
  }

  @Test
  void shouldPlaceTheEndPositionAfterMixedLineBreaks() {
    long end = JsoncText.endPosition("a\r\nb\rcd\n  ");

    assertThat(JsoncLocation.line(end)).isEqualTo(4);
    assertThat(JsoncLocation.column(end)).isEqualTo(3);
  }

  @Test
  void shouldRefuseAFiftyMegabyteFileWithoutReadingIt() throws IOException {
    Path big = dir.resolve("tasks.json");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    long start = System.nanoTime();

    assertThatThrownBy(() -> JsoncText.read(big, "tasks.json"))
        .isInstanceOf(JsoncException.class)
        .hasMessage(
            "tasks.json: The file is larger than 10485760 bytes, far beyond any real"
                + " configuration file; check that this is the right file.");
    assertThat(System.nanoTime() - start).isLessThan(100_000_000L);
    Files.writeString(big, "{}");
    assertThat(JsoncText.read(big, "tasks.json")).isEqualTo("{}");
  }
}
