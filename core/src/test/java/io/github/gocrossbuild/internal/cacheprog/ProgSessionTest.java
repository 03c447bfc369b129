package io.github.gocrossbuild.internal.cacheprog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.internal.Sha256;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link ProgSession}: the go command's framing, byte for byte, and hostile input. */
class ProgSessionTest {
  private static final String CAPS = "{\"ID\":0,\"KnownCommands\":[\"get\",\"put\",\"close\"]}";
  private static final byte[] ACTION = new byte[32];
  private static final byte[] BODY = "object file bytes".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  private static byte[] sha(byte[] b) {
    return HexFormat.of().parseHex(Sha256.of(b));
  }

  /** A put as the go command writes it: the object, a blank line, the body line. */
  private static String put(long id, byte[] outputId, byte[] body) {
    return String.format(
        "{\"ID\":%d,\"Command\":\"put\",\"ActionID\":\"%s\",\"OutputID\":\"%s\",\"BodySize\":%d}\n\n"
            + "\"%s\"\n",
        id, b64(ACTION), b64(outputId), body.length, b64(body));
  }

  private static String get(long id) {
    return String.format(
        "{\"ID\":%d,\"Command\":\"get\",\"ActionID\":\"%s\"}\n\n", id, b64(ACTION));
  }

  private boolean serve(String input, boolean bodies, long maxBody) throws IOException {
    return new ProgSession(new DirectoryActionStore(dir), bodies, maxBody)
        .serve(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
  }

  /** A put and a get of it for a bridge that says it holds one output. */
  private void putAndGetHolding(String held) throws IOException {
    String input = put(1, sha(BODY), BODY) + get(2);
    new ProgSession(new DirectoryActionStore(dir), true, 1 << 20, Set.of(held))
        .serve(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
  }

  private List<String> lines() {
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void shouldAnswerGetPutGetAndCloseAndStopAfterClose() throws IOException {
    String input =
        get(1) + put(2, sha(BODY), BODY) + get(3) + "{\"ID\":4,\"Command\":\"close\"}\n" + get(5);

    assertThat(serve(input, false, 1 << 20)).isTrue();

    Path object = dir.resolve("o").resolve(Sha256.of(BODY));
    assertThat(Files.readAllBytes(object)).isEqualTo(BODY);
    List<String> lines = lines();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).isEqualTo(CAPS);
    assertThat(lines.get(1)).isEqualTo("{\"ID\":1,\"Miss\":true}");
    assertThat(lines.get(2)).isEqualTo("{\"ID\":2,\"DiskPath\":\"" + object + "\"}");
    assertThat(lines.get(3))
        .matches(
            "\\{\"ID\":3,\"OutputID\":\""
                + b64(sha(BODY)).replace("+", "\\+")
                + "\",\"Size\":17,\"Time\":\"[0-9T:.Z-]+\",\"DiskPath\":\""
                + object
                + "\"}");
    assertThat(lines.get(4)).isEqualTo("{\"ID\":4}");
  }

  @Test
  void shouldSendTheBodyOfAHitToABridgeOnAnotherMachine() throws IOException {
    serve(put(1, sha(BODY), BODY) + get(2), true, 1 << 20);

    List<String> lines = lines();
    assertThat(lines.get(2)).endsWith(",\"BodySize\":17}").doesNotContain("DiskPath");
    assertThat(lines.get(3)).isEqualTo("object file bytes");
    assertThat(lines).hasSize(4);
  }

  @Test
  void shouldSendAHitTheBridgeHoldsWithoutItsBytes() throws IOException {
    putAndGetHolding(Sha256.of(BODY) + " 17");

    List<String> lines = lines();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(2))
        .startsWith("{\"ID\":2,\"OutputID\":\"" + b64(sha(BODY)) + "\",\"Size\":17,")
        .endsWith(",\"Held\":true}")
        .doesNotContain("BodySize");
  }

  @Test
  void shouldSendTheBytesWhenTheBridgeHoldsAnotherSize() throws IOException {
    putAndGetHolding(Sha256.of(BODY) + " 16");

    assertThat(lines().get(2)).endsWith(",\"BodySize\":17}");
    assertThat(lines().get(3)).isEqualTo("object file bytes");
  }

  @Test
  void shouldRefuseABodyThatIsNotItsOutputIdAndGoOn() throws IOException {
    byte[] wrong = sha("other bytes".getBytes(StandardCharsets.UTF_8));

    serve(put(7, wrong, BODY) + get(8), false, 1 << 20);

    assertThat(lines())
        .containsExactly(
            CAPS,
            String.format(
                "{\"ID\":7,\"Err\":\"refused: the body's SHA-256 is %s, not its OutputID %s\"}",
                Sha256.of(BODY), HexFormat.of().formatHex(wrong)),
            "{\"ID\":8,\"Miss\":true}");
    assertThat(dir.resolve("a")).isEmptyDirectory();
    assertThat(dir.resolve("o")).isEmptyDirectory();
  }

  @Test
  void shouldAnswerAHugeBodySizeWithAnErrorAndHangUp() {
    String input =
        String.format(
            "{\"ID\":3,\"Command\":\"put\",\"ActionID\":\"%s\",\"OutputID\":\"%s\",\"BodySize\":1000000000000000}\n",
            b64(ACTION), b64(sha(BODY)));

    assertThatThrownBy(() -> serve(input, false, 1 << 20))
        .isInstanceOf(ProtocolException.class)
        .hasMessage("a put's BodySize 1000000000000000 is over the limit");
    assertThat(lines())
        .containsExactly(
            CAPS,
            "{\"ID\":3,\"Err\":\"a body of 1000000000000000 bytes is over the limit of 1048576\"}");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void shouldHangUpOnATruncatedRequest() {
    assertThatThrownBy(() -> serve("{\"ID\":1,\"Command\":\"get\",\"Act", false, 1 << 20))
        .isInstanceOf(ProtocolException.class)
        .hasMessage("the stream ended inside a request line");
    assertThat(lines()).containsExactly(CAPS);
  }

  @Test
  void shouldHangUpOnALineThatIsNotJson() {
    assertThatThrownBy(() -> serve("{\"ID\":1,\"Command\":}\n", false, 1 << 20))
        .isInstanceOf(ProtocolException.class)
        .hasMessageStartingWith("a request is not a JSON object of scalars: ");
    assertThat(lines()).containsExactly(CAPS);
  }

  @Test
  void shouldHangUpOnAnEndlessLine() {
    String endless = "{\"ID\":1,\"Command\":\"" + "x".repeat(ProgReader.MAX_LINE) + "\"}\n";
    assertThatThrownBy(() -> serve(endless, false, 1 << 20))
        .isInstanceOf(ProtocolException.class)
        .hasMessage("a request line is longer than 65536 bytes");
  }

  @Test
  void shouldHangUpOnBadBase64AndStoreNothing() throws IOException {
    String input = put(1, sha(BODY), BODY).replace(b64(BODY), "!!!!" + b64(BODY).substring(4));

    assertThatThrownBy(() -> serve(input, false, 1 << 20))
        .isInstanceOf(ProtocolException.class)
        .hasMessageStartingWith("a put's body is not base64: ");
    assertThat(lines()).containsExactly(CAPS);
    assertThat(dir.resolve("a")).isEmptyDirectory();
    assertThat(dir.resolve("o")).isEmptyDirectory();
  }

  @Test
  void shouldHangUpOnABodyLongerThanItsSizeOrCutShort() {
    String longer = put(1, sha(BODY), BODY).replace("\"BodySize\":17", "\"BodySize\":5");
    assertThatThrownBy(() -> serve(longer, false, 1 << 20))
        .isInstanceOf(ProtocolException.class)
        .hasMessage("a put's body is longer than its BodySize (8 base64 characters)");

    String cut = put(2, sha(BODY), BODY);
    assertThatThrownBy(() -> serve(cut.substring(0, cut.length() - 6), false, 1 << 20))
        .isInstanceOf(ProtocolException.class)
        .hasMessage("the stream ended inside a put's body");
  }

  @Test
  void shouldAnswerAnUnknownCommandWithAnError() throws IOException {
    assertThat(serve("{\"ID\":9,\"Command\":\"get2\"}\n", false, 1 << 20)).isFalse();
    assertThat(lines())
        .containsExactly(CAPS, "{\"ID\":9,\"Err\":\"unknown command \\\"get2\\\"\"}");
  }
}
