package io.github.gocrossbuild.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in the one form the library uses it everywhere (artifacts, synced sources, provenance
 * subjects, reproducibility checks, fingerprints): lower-case hex.
 */
public final class Sha256 {
  private Sha256() {}

  /**
   * Returns the SHA-256 of a file, read in 64 KiB blocks.
   *
   * @param file the file
   * @return lower-case hex
   * @throws IOException when it cannot be read
   */
  public static String of(Path file) throws IOException {
    MessageDigest md = digest();
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buf); n > 0; n = in.read(buf)) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * Returns the SHA-256 of bytes.
   *
   * @param bytes the bytes
   * @return lower-case hex
   */
  public static String of(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /**
   * Returns a fresh SHA-256 digest, for data hashed in parts.
   *
   * @return the digest
   */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
