package io.github.gocrossbuild.internal.provenance;

import io.github.gocrossbuild.internal.BoundedCache;
import io.github.gocrossbuild.internal.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The SHA-256 of each artifact as written, without reading a warm rebuild's unchanged bytes again.
 *
 * <p>A build's temporary output starts as a hard link to the previous artifact, and {@code go
 * build} never writes into an existing output: it renames a new file over it, or, when the file is
 * up to date, only sets its time. So when the temporary file is still the inode it was seeded with,
 * at the same size, its bytes are the previous artifact's; and when that inode is the one this
 * class recorded after moving the previous artifact into place, with the same size and time, their
 * digest is known. Anything else (a relink, a copy where hard links fail, an artifact changed in
 * place since) is hashed afresh. A statement made from a remembered digest of a file changed in
 * place without its time changing would not verify against the file: the error is never a signature
 * over foreign bytes. Bounded: the least recently built artifacts are forgotten first.
 */
public final class ArtifactDigests {
  private static final int MAX_ENTRIES = 1024;

  private static final BoundedCache<Path, Known> LAST =
      BoundedCache.create("ArtifactDigests.lastSeen", MAX_ENTRIES);

  /**
   * A file as seen at one moment: its identity (the inode where the platform has one), size and
   * time.
   *
   * @param fileKey the file system's key, or null where there is none
   * @param size the size in bytes
   * @param modified the last modification time
   */
  public record Seen(Object fileKey, long size, FileTime modified) {}

  private record Known(Seen seen, String sha256) {}

  private ArtifactDigests() {}

  /**
   * Looks at a file.
   *
   * @param file the file
   * @return what it is now, or empty when it does not exist or cannot be read
   */
  public static Optional<Seen> seen(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return Optional.of(new Seen(a.fileKey(), a.size(), a.lastModifiedTime()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the SHA-256 of the bytes {@code go build} left in the temporary file.
   *
   * @param artifact the final artifact path
   * @param tmp the temporary file
   * @param seeded the temporary file as seen after seeding it from the previous artifact and before
   *     {@code go build} ran
   * @return the digest, lower-case hex
   * @throws IOException when the file cannot be read
   */
  public static String sha256(Path artifact, Path tmp, Optional<Seen> seeded) throws IOException {
    Known known = LAST.peek(artifact).orElse(null);
    Optional<Seen> now = seen(tmp);
    if (now.isEmpty()) {
      throw new NoSuchFileException(tmp.toString());
    }
    if (known != null
        && seeded.isPresent()
        && seeded.get().fileKey() != null
        && known.seen().equals(seeded.get())
        && Objects.equals(now.get().fileKey(), seeded.get().fileKey())
        && now.get().size() == seeded.get().size()) {
      return known.sha256();
    }
    return Sha256.of(tmp);
  }

  /**
   * Remembers the digest of an artifact just moved into place.
   *
   * @param artifact the final artifact path
   * @param sha256 the digest of its bytes
   */
  public static void record(Path artifact, String sha256) {
    seen(artifact).ifPresent(s -> LAST.put(artifact, new Known(s, sha256)));
  }
}
