package io.github.gocrossbuild.internal.cacheprog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Where Go's action cache entries are kept: an action ID maps to an output ID and the output's
 * bytes, readable as a local file. The directory store is one; a remote store fetches into a local
 * file on {@link #get}.
 */
public interface ActionStore extends AutoCloseable {

  /**
   * A stored output.
   *
   * @param outputId the output ID (the SHA-256 of the bytes)
   * @param size the size in bytes
   * @param time when it was stored
   * @param file a local file holding the bytes, which stays while the store is in use
   */
  record Output(byte[] outputId, long size, Instant time, Path file) {}

  /** Thrown when bytes offered to {@link #put} are not what their request says. */
  final class RefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong
     */
    public RefusedException(String message) {
      super(message);
    }
  }

  /**
   * Looks an action up.
   *
   * @param actionId the action ID
   * @return the output, or empty on a miss (an entry whose bytes are missing or wrong is a miss)
   * @throws IOException when the store cannot be read
   */
  Optional<Output> get(byte[] actionId) throws IOException;

  /**
   * Stores an action's output, checking that the bytes hash to the output ID.
   *
   * @param actionId the action ID
   * @param outputId the output ID, which must be the SHA-256 of the body
   * @param size the number of bytes {@code body} holds
   * @param body the bytes; read to its end
   * @return the stored output
   * @throws RefusedException when the bytes' size or SHA-256 is not the one given
   * @throws IOException when the store cannot be written or the body cannot be read
   */
  Output put(byte[] actionId, byte[] outputId, long size, InputStream body)
      throws RefusedException, IOException;

  /**
   * Returns why this store stopped sharing, for a warning when the build ends: a server that could
   * not be reached, or served bytes that were not what they should be.
   *
   * @return the problem, or empty while all is well (always for a directory)
   */
  default Optional<String> problem() {
    return Optional.empty();
  }

  /**
   * Finishes what the store still does in the background (an HTTP store's uploads) once the build
   * ended; a directory has nothing to finish.
   */
  @Override
  default void close() {}
}
