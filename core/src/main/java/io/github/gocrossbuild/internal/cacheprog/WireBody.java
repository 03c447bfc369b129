package io.github.gocrossbuild.internal.cacheprog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/**
 * An output's bytes as they cross the connection to a bridge on another machine, after a line that
 * ends with {@code "BodySize":N}: compressed (raw DEFLATE at its fastest level, {@code
 * "Deflated":true}) when that saves at least an eighth, as it does for Go's object files and
 * archives (about 3.7 times smaller), else as they are. The link, not the processor, is what a
 * remote build waits for; the bridge inflates with Go's standard library.
 */
final class WireBody {
  /** Smaller outputs are sent as they are. */
  static final int MIN_DEFLATE = 1024;

  private WireBody() {}

  /**
   * Writes a line and the bytes after it.
   *
   * @param out the connection
   * @param head the line without its closing members ({@code ,"BodySize":N}})
   * @param bytes the output's bytes
   * @throws IOException when the connection failed
   */
  static void write(OutputStream out, String head, byte[] bytes) throws IOException {
    byte[] wire = bytes.length >= MIN_DEFLATE ? deflate(bytes) : bytes;
    boolean deflated = wire.length <= bytes.length - bytes.length / 8 && wire != bytes;
    if (!deflated) {
      wire = bytes;
    }
    String line =
        head + (deflated ? ",\"Deflated\":true" : "") + ",\"BodySize\":" + wire.length + "}\n";
    out.write(line.getBytes(StandardCharsets.UTF_8));
    out.write(wire);
  }

  private static byte[] deflate(byte[] bytes) {
    Deflater d = new Deflater(Deflater.BEST_SPEED, true);
    try {
      d.setInput(bytes);
      d.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
      byte[] buffer = new byte[1 << 16];
      while (!d.finished()) {
        out.write(buffer, 0, d.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      d.end();
    }
  }
}
