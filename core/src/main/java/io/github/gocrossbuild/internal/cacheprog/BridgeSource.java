package io.github.gocrossbuild.internal.cacheprog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Go source of the bridge program, read once from this package's {@code bridge.go}. */
public final class BridgeSource {
  private BridgeSource() {}

  /**
   * Returns the source.
   *
   * @return the text of {@code main.go}
   */
  public static String text() {
    return Holder.TEXT;
  }

  private static final class Holder {
    static final String TEXT = read();

    private static String read() {
      try (InputStream in = BridgeSource.class.getResourceAsStream("bridge.go")) {
        if (in == null) {
          throw new IllegalStateException("bridge.go is missing from the core jar");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
