package io.github.gocrossbuild.internal.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files, as statements name their subjects and sources. */
public final class Digests {
  private Digests() {}

  /**
   * Returns the SHA-256 of a file in lower-case hex.
   *
   * @param file the file
   * @return the digest
   * @throws IOException when it cannot be read
   */
  public static String sha256(Path file) throws IOException {
    MessageDigest d = sha256();
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buf); n > 0; n = in.read(buf)) {
        d.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(d.digest());
  }

  /**
   * Returns a fresh SHA-256 digest.
   *
   * @return the digest
   */
  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
