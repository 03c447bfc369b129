package io.github.gocrossbuild.internal.cache;

import io.github.gocrossbuild.cache.BuildCache;
import io.github.gocrossbuild.internal.jsonc.JsonText;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a build cache keeps its entries: {@code ac/<key>} the manifest naming the artifact's
 * SHA-256, {@code cas/<sha256>} the artifact's bytes. A directory and an HTTP server implement it;
 * the build uses both the same way: look up, fetch (checked against the SHA-256), store (bytes
 * before the manifest that names them).
 */
public interface ArtifactStore {
  /**
   * Opens the store of a cache.
   *
   * @param cache the cache
   * @return its store
   */
  static ArtifactStore open(BuildCache cache) {
    return cache.directory().isPresent()
        ? new DirectoryStore(cache.directory().get())
        : HttpStore.open(cache);
  }

  /**
   * Looks up a key.
   *
   * @param key the key
   * @return the entry, or empty when there is none
   * @throws RefusedException when the manifest is not one this library wrote
   * @throws UnavailableException when the store cannot answer
   */
  Optional<Entry> lookup(String key) throws RefusedException, UnavailableException;

  /**
   * Copies an entry's bytes to a file, checked against their name, and makes it executable.
   *
   * @param sha256 the bytes' SHA-256
   * @param destination the file to write (a temporary file beside the artifact, absent)
   * @throws RefusedException when the bytes are missing or their SHA-256 is not their name
   * @throws UnavailableException when the store cannot answer
   */
  void fetch(String sha256, Path destination) throws RefusedException, UnavailableException;

  /**
   * Stores an artifact under a key: its bytes and its envelope first, then the manifest that names
   * them.
   *
   * @param key the key
   * @param artifact the proved artifact
   * @param envelope the artifact's DSSE envelope, when the build was attested
   * @return the artifact's SHA-256
   * @throws UncheckedIOException when the store cannot be written, with the place, the problem and
   *     the fix
   */
  String store(CacheKey key, Path artifact, Optional<Path> envelope);

  /**
   * Finds the DSSE envelope an attested build stored with an artifact's bytes.
   *
   * @param sha256 the bytes' SHA-256
   * @param scratch a file the envelope may be copied to (absent), when the store is not a directory
   *     of this machine
   * @return the envelope's file, or empty when the storing build was not attested
   * @throws UnavailableException when the store cannot answer
   */
  Optional<Path> attestation(String sha256, Path scratch) throws UnavailableException;

  /**
   * Reads a stored manifest.
   *
   * @param where the manifest's file or URL, for messages
   * @param text the manifest
   * @return the entry it describes
   * @throws RefusedException when the text is not a manifest naming an artifact's SHA-256
   */
  static Entry entry(String where, String text) throws RefusedException {
    Map<String, String> members;
    try {
      members = JsonText.stringMembers(where, text);
    } catch (RuntimeException e) {
      throw new RefusedException(String.format("%s is not a manifest: %s", where, e.getMessage()));
    }
    String sha = members.getOrDefault(CacheKey.ARTIFACT, "");
    if (!sha.matches("[0-9a-f]{64}")) {
      throw new RefusedException(String.format("%s names no artifact SHA-256", where));
    }
    return new Entry(text, sha);
  }

  /**
   * An entry found for a key.
   *
   * @param manifest the stored manifest's text
   * @param sha256 the artifact's SHA-256 it names
   */
  record Entry(String manifest, String sha256) {}

  /** Thrown when an entry exists but cannot be used: its manifest or bytes are wrong or missing. */
  final class RefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong with the entry
     */
    public RefusedException(String message) {
      super(message);
    }
  }

  /**
   * Thrown when the store cannot answer: a server error, refused credentials, a timeout, a server
   * that cannot be reached. The message names the URL (never a credential), the problem and the
   * fix.
   */
  final class UnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the URL, the problem and the fix
     */
    public UnavailableException(String message) {
      super(message);
    }
  }
}
