package io.github.gocrossbuild.internal.cache;

import io.github.gocrossbuild.internal.Sha256;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;

/** An artifact's bytes on their way in or out of a store: copied while hashed, made executable. */
final class CasBytes {
  private CasBytes() {}

  /**
   * Copies a stream to a new file and hashes it on the way.
   *
   * @param in the bytes
   * @param destination the file, created or replaced
   * @param length how many bytes the stream must have, or -1 when that is not known
   * @return the bytes' SHA-256, lower-case hex
   * @throws IOException when reading or writing fails, the stream ends before its length, or the
   *     thread is interrupted
   */
  static String copyHashing(InputStream in, Path destination, long length) throws IOException {
    MessageDigest digest = Sha256.digest();
    byte[] buffer = new byte[1 << 16];
    long total = 0;
    try (OutputStream out = Files.newOutputStream(destination)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
        out.write(buffer, 0, n);
        total += n;
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedIOException("interrupted");
        }
      }
    }
    if (length >= 0 && total != length) {
      throw endedEarly(total, length);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Says that a body ended before its {@code Content-Length}.
   *
   * @param read the bytes read
   * @param length the bytes announced
   * @return the exception
   */
  static EOFException endedEarly(long read, long length) {
    return new EOFException(String.format("the body ended after %d of its %d bytes", read, length));
  }

  /** The bytes are a program: as executable as {@code go build} leaves it with a usual umask. */
  static void executable(Path file) {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException | IOException e) {
      file.toFile().setExecutable(true);
    }
  }
}
