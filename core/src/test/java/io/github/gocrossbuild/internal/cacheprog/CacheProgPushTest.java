package io.github.gocrossbuild.internal.cacheprog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.internal.Sha256;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for the pushes of {@link CacheProgServer}: a remote bridge's session sends the outputs of
 * the actions recorded in a {@link WarmSet} before they are asked for, and answers their hits
 * {@code "Held":true}. The test plays the bridge over a real socket and sends its requests only
 * after reading the pushes, so the order of the stream is exact.
 */
class CacheProgPushTest {
  private static final String CAPS = "{\"ID\":0,\"KnownCommands\":[\"get\",\"put\",\"close\"]}";
  private static final String KEY = "ab".repeat(32);
  private static final Pattern BODY = Pattern.compile(".*\"BodySize\":([0-9]+)}");
  private static final byte[] A = action(1);
  private static final byte[] B = action(2);
  private static final byte[] C = action(3);
  private static final byte[] BYTES_A =
      "the object file of package a".getBytes(StandardCharsets.UTF_8);
  private static final byte[] BYTES_B = "the archive of package b".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  private static byte[] action(int n) {
    byte[] id = new byte[32];
    id[0] = (byte) n;
    return id;
  }

  private static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  private static String get(long id, byte[] action) {
    return String.format("{\"ID\":%d,\"Command\":\"get\",\"ActionID\":\"%s\"}\n", id, b64(action));
  }

  private static String head(long id, byte[] bytes) {
    return String.format(
        "{\"ID\":%d,\"OutputID\":\"%s\",\"Size\":%d,\"Time\":\"",
        id, b64(HexFormat.of().parseHex(Sha256.of(bytes))), bytes.length);
  }

  private static String push(byte[] bytes) {
    return String.format(
        "{\"Push\":true,\"OutputID\":\"%s\",\"Size\":%d,\"BodySize\":%d}",
        b64(HexFormat.of().parseHex(Sha256.of(bytes))), bytes.length, bytes.length);
  }

  /** A store holding A and B and a warm set that lists A, C (never stored) and B. */
  private DirectoryActionStore store() throws Exception {
    DirectoryActionStore store = new DirectoryActionStore(dir.resolve("actions"));
    for (byte[][] e : new byte[][][] {{A, BYTES_A}, {B, BYTES_B}}) {
      store.put(
          e[0],
          HexFormat.of().parseHex(Sha256.of(e[1])),
          e[1].length,
          new ByteArrayInputStream(e[1]));
    }
    warm().record(List.of(A, C, B));
    return store;
  }

  private WarmSet warm() {
    return WarmSet.of(dir.resolve("actions"), KEY, true);
  }

  /** One frame from the server: its line, and the bytes after it. */
  private record Frame(String line, byte[] body) {}

  private static Frame frame(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0) {
        return null;
      }
      line.write(c);
    }
    String text = line.toString(StandardCharsets.UTF_8);
    Matcher m = BODY.matcher(text);
    byte[] body = m.matches() ? in.readNBytes(Integer.parseInt(m.group(1))) : new byte[0];
    return new Frame(text, body);
  }

  /** Plays a bridge that holds {@code held}: reads {@code pushes} frames, then sends requests. */
  private static List<Frame> bridge(
      CacheProgServer server, String held, int pushes, String requests) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      InputStream in = new BufferedInputStream(s.getInputStream());
      String inventory =
          held.isEmpty() ? " remote\n" : " remote " + held.lines().count() + "\n" + held + "\n";
      out.write((server.token() + inventory).getBytes(StandardCharsets.UTF_8));
      List<Frame> frames = new ArrayList<>();
      for (int i = 0; i <= pushes; i++) {
        frames.add(frame(in));
      }
      out.write(requests.getBytes(StandardCharsets.UTF_8));
      s.shutdownOutput();
      for (Frame f = frame(in); f != null; f = frame(in)) {
        frames.add(f);
      }
      return frames;
    }
  }

  @Test
  void shouldPushTheWarmSetsOutputsAndAnswerTheirHitsHeld() throws Exception {
    try (CacheProgServer server =
        new CacheProgServer(store(), Optional.of(warm()), CacheProgServer.MAX_BODY)) {
      List<Frame> frames =
          bridge(server, "", 2, get(1, A) + get(2, B) + "{\"ID\":3,\"Command\":\"close\"}\n");

      assertThat(frames).extracting(Frame::line).hasSize(6);
      assertThat(frames.get(0).line()).isEqualTo(CAPS);
      assertThat(frames.subList(1, 3))
          .extracting(Frame::line)
          .containsExactly(push(BYTES_A), push(BYTES_B));
      assertThat(frames.get(1).body()).isEqualTo(BYTES_A);
      assertThat(frames.get(2).body()).isEqualTo(BYTES_B);
      assertThat(frames.get(3).line()).startsWith(head(1, BYTES_A)).endsWith("\",\"Held\":true}");
      assertThat(frames.get(4).line()).startsWith(head(2, BYTES_B)).endsWith("\",\"Held\":true}");
      assertThat(frames.get(5).line()).isEqualTo("{\"ID\":3}");
      assertThat(server.finished()).containsExactly(new ProgSession.Sent(2, 2, 0));
    }
  }

  @Test
  void shouldBeHarmlessToPushWhatIsNeverAskedForAndRecordWhatWasUsed() throws Exception {
    try (CacheProgServer server =
        new CacheProgServer(store(), Optional.of(warm()), CacheProgServer.MAX_BODY)) {
      List<Frame> frames = bridge(server, "", 2, get(1, B) + "{\"ID\":2,\"Command\":\"close\"}\n");

      assertThat(frames).extracting(Frame::line).hasSize(5);
      assertThat(frames.get(3).line()).startsWith(head(1, BYTES_B)).endsWith("\",\"Held\":true}");
      assertThat(frames.get(4).line()).isEqualTo("{\"ID\":2}");
      assertThat(server.finished()).containsExactly(new ProgSession.Sent(2, 1, 0));
      // The session's own actions come first; the earlier ones it did not use stay after them.
      assertThat(warm().actions()).containsExactly(B, A, C);
    }
  }

  @Test
  void shouldPushNeitherWhatTheBridgeHoldsNorACorruptedObject() throws Exception {
    DirectoryActionStore store = store();
    Path b = dir.resolve("actions/o").resolve(Sha256.of(BYTES_B));
    byte[] corrupted = BYTES_B.clone();
    corrupted[0] ^= 1;
    Files.write(b, corrupted);
    String heldA = Sha256.of(BYTES_A) + " " + BYTES_A.length;
    try (CacheProgServer server =
        new CacheProgServer(store, Optional.of(warm()), CacheProgServer.MAX_BODY)) {
      List<Frame> frames =
          bridge(server, heldA, 0, get(1, B) + get(2, A) + "{\"ID\":3,\"Command\":\"close\"}\n");

      assertThat(frames)
          .extracting(Frame::line)
          .hasSize(4)
          .startsWith(CAPS, "{\"ID\":1,\"Miss\":true}")
          .endsWith("{\"ID\":3}");
      assertThat(frames.get(2).line()).startsWith(head(2, BYTES_A)).endsWith("\",\"Held\":true}");
      assertThat(server.finished()).containsExactly(new ProgSession.Sent(0, 1, 0));
    }
  }

  @Test
  void shouldNotPushToALocalBridgeNorRecordInAReadOnlyCache() throws Exception {
    DirectoryActionStore store = store();
    WarmSet readOnly = WarmSet.of(dir.resolve("actions"), KEY, false);
    try (CacheProgServer server =
        new CacheProgServer(store, Optional.of(readOnly), CacheProgServer.MAX_BODY)) {
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
        s.setSoTimeout(20_000);
        String requests =
            server.token() + " local\n" + get(1, B) + "{\"ID\":2,\"Command\":\"close\"}\n";
        s.getOutputStream().write(requests.getBytes(StandardCharsets.UTF_8));
        s.shutdownOutput();
        List<String> lines =
            new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

        assertThat(lines).hasSize(3).startsWith(CAPS).endsWith("{\"ID\":2}");
        assertThat(lines.get(1)).startsWith(head(1, BYTES_B)).contains("\"DiskPath\":");
      }
      assertThat(readOnly.actions()).containsExactly(A, C, B);
    }
  }

  @Test
  void shouldDeflateAPushThatCompresses() throws Exception {
    DirectoryActionStore store = store();
    byte[] big = "func (t *T) Method() {}\n".repeat(4096).getBytes(StandardCharsets.UTF_8);
    byte[] d = action(4);
    store.put(
        d, HexFormat.of().parseHex(Sha256.of(big)), big.length, new ByteArrayInputStream(big));
    warm().record(List.of(d));
    String heldAB =
        Sha256.of(BYTES_A)
            + " "
            + BYTES_A.length
            + "\n"
            + Sha256.of(BYTES_B)
            + " "
            + BYTES_B.length;
    try (CacheProgServer server =
        new CacheProgServer(store, Optional.of(warm()), CacheProgServer.MAX_BODY)) {
      List<Frame> frames = bridge(server, heldAB, 1, "{\"ID\":1,\"Command\":\"close\"}\n");

      assertThat(frames).hasSize(3);
      Frame push = frames.get(1);
      assertThat(push.line())
          .isEqualTo(
              push(big)
                  .replace(
                      ",\"BodySize\":" + big.length,
                      ",\"Deflated\":true,\"BodySize\":" + push.body().length));
      assertThat(push.body().length).isLessThan(big.length / 8);
      Inflater inflater = new Inflater(true);
      inflater.setInput(push.body());
      byte[] inflated = new byte[big.length + 1];
      assertThat(inflater.inflate(inflated)).isEqualTo(big.length);
      inflater.end();
      assertThat(Arrays.copyOf(inflated, big.length)).isEqualTo(big);
      assertThat(server.finished()).containsExactly(new ProgSession.Sent(1, 0, 0));
    }
  }
}
