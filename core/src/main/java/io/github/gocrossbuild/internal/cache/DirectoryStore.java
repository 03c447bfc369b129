package io.github.gocrossbuild.internal.cache;

import io.github.gocrossbuild.internal.provenance.ArtifactDigests;
import io.github.gocrossbuild.internal.provenance.FileHashes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A cache in a directory: {@code ac/<key>} holds an entry's manifest, {@code cas/<sha256>} the
 * artifact's bytes. Every file is written under a temporary name in its final directory and renamed
 * into place, so a reader sees a whole file or none, and two writers of one key leave one entry.
 * Bytes are checked against their name before they are copied out, so an entry whose bytes are not
 * their name is refused.
 */
public final class DirectoryStore implements ArtifactStore {
  private static final int MAX_MANIFEST = 1 << 20;

  private final Path root;

  /**
   * Uses a directory.
   *
   * @param root the cache directory
   */
  public DirectoryStore(Path root) {
    this.root = root;
  }

  /**
   * Looks up a key.
   *
   * @param key the key
   * @return the entry, or empty when there is none
   * @throws RefusedException when the manifest is not one this library wrote
   */
  @Override
  public Optional<Entry> lookup(String key) throws RefusedException {
    if (!Files.isDirectory(root.resolve("ac"))) {
      return Optional.empty();
    }
    Path ac = root.resolve("ac").resolve(key);
    String text;
    try {
      if (Files.size(ac) > MAX_MANIFEST) {
        throw new RefusedException(ac + " is larger than a manifest can be");
      }
      text = Files.readString(ac, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new RefusedException(String.format("%s cannot be read: %s", ac, e.getMessage()));
    }
    return Optional.of(ArtifactStore.entry(ac.toString(), text));
  }

  /**
   * Copies an entry's bytes to a file, checking them against their name first. The digest is
   * remembered by {@link FileHashes} (file, size and modification time, as the go command remembers
   * file hashes), so a file rewritten since it was hashed is hashed again.
   *
   * @param sha256 the bytes' SHA-256
   * @param destination the file to write (a temporary file beside the artifact, absent)
   * @throws RefusedException when the bytes are missing or their SHA-256 is not their name
   */
  @Override
  public void fetch(String sha256, Path destination) throws RefusedException {
    Path cas = root.resolve("cas").resolve(sha256);
    try {
      String actual = FileHashes.sha256(cas);
      if (!actual.equals(sha256)) {
        throw new RefusedException(
            String.format("%s holds bytes whose SHA-256 is %s, not its name", cas, actual));
      }
      Files.copy(cas, destination);
    } catch (NoSuchFileException e) {
      throw new RefusedException(String.format("%s is missing", cas));
    } catch (IOException e) {
      throw new RefusedException(String.format("%s cannot be read: %s", cas, e.getMessage()));
    }
    CasBytes.executable(destination);
  }

  /**
   * Stores an artifact under a key: its bytes, its DSSE envelope as {@code
   * att/<sha256>.intoto.jsonl} when there is one, then the manifest that names them.
   *
   * @param key the key
   * @param artifact the proved artifact
   * @param envelope the artifact's envelope, when the build was attested
   * @return the artifact's SHA-256
   * @throws UncheckedIOException when the cache directory cannot be written
   */
  @Override
  public String store(CacheKey key, Path artifact, Optional<Path> envelope) {
    Path cas = root.resolve("cas");
    Path ac = root.resolve("ac");
    Path tmp = null;
    try {
      Files.createDirectories(cas);
      Files.createDirectories(ac);
      tmp = Files.createTempFile(cas, ".", ".tmp");
      // The digest the statement took as the artifact was moved into place is remembered with the
      // file's inode, size and time: a miss does not hash 4.9 MB a second time. Bytes that change
      // between the digest and the copy are refused when fetched, as every entry is checked.
      String sha = ArtifactDigests.sha256(artifact, artifact, ArtifactDigests.seen(artifact));
      Files.copy(artifact, tmp, StandardCopyOption.REPLACE_EXISTING);
      rename(tmp, cas.resolve(sha));
      if (envelope.isPresent()) {
        Path att = Files.createDirectories(root.resolve("att"));
        tmp = Files.createTempFile(att, ".", ".tmp");
        Files.copy(envelope.get(), tmp, StandardCopyOption.REPLACE_EXISTING);
        rename(tmp, attestationFile(sha));
      }
      tmp = Files.createTempFile(ac, ".", ".tmp");
      Files.writeString(tmp, key.manifestWith(sha), StandardCharsets.UTF_8);
      rename(tmp, ac.resolve(key.key()));
      return sha;
    } catch (IOException e) {
      throw new UncheckedIOException(
          String.format("cannot store %s in the cache %s: %s", artifact, root, e.getMessage()), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // A leftover is hidden, named .tmp, and never read as an entry.
        }
      }
    }
  }

  @Override
  public Optional<Path> attestation(String sha256, Path scratch) {
    Path att = attestationFile(sha256);
    return Files.isRegularFile(att) ? Optional.of(att) : Optional.empty();
  }

  private Path attestationFile(String sha256) {
    return root.resolve("att").resolve(sha256 + ".intoto.jsonl");
  }

  /** Renames within one directory: atomic on every file system the JDK moves atomically on. */
  private static void rename(Path from, Path to) throws IOException {
    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
