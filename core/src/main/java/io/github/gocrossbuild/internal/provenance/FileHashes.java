package io.github.gocrossbuild.internal.provenance;

import io.github.gocrossbuild.internal.BoundedCache;
import io.github.gocrossbuild.internal.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;

/**
 * SHA-256 of files, remembered the way the go command remembers file hashes ({@code
 * cmd/go/internal/cache.FileHash}): by file, size and modification time, and only for files last
 * modified more than two seconds before they were hashed, so a file written again within the
 * clock's granularity is never taken for unchanged. A warm rebuild whose artifact {@code go build}
 * did not relink (the temporary output is a hard link to the previous artifact) and whose sources
 * did not change then hashes nothing. Bounded: the least recently used entries go first.
 */
public final class FileHashes {
  /** Go's {@code modTimeCutoff}. */
  private static final Duration CUTOFF = Duration.ofSeconds(2);

  private static final int MAX_ENTRIES = 4096;

  private static final BoundedCache<Key, String> KNOWN =
      BoundedCache.create("FileHashes.hashes", MAX_ENTRIES);

  /** A file as the file system identifies it: its inode where there is one, else its path. */
  private record Key(Object file, long size, long modified) {}

  private FileHashes() {}

  /**
   * Returns the SHA-256 of a file in lower-case hex.
   *
   * @param file the file
   * @return the digest
   * @throws IOException when it cannot be read
   */
  public static String sha256(Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    Object id = a.fileKey() != null ? a.fileKey() : file.toAbsolutePath().normalize();
    Instant modified = a.lastModifiedTime().toInstant();
    Key key =
        new Key(id, a.size(), modified.getEpochSecond() * 1_000_000_000L + modified.getNano());
    String known = KNOWN.peek(key).orElse(null);
    if (known != null) {
      return known;
    }
    String hash = Sha256.of(file);
    if (modified.isBefore(Instant.now().minus(CUTOFF))) {
      KNOWN.put(key, hash);
    }
    return hash;
  }
}
