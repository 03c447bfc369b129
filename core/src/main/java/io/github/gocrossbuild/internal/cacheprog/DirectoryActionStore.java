package io.github.gocrossbuild.internal.cacheprog;

import io.github.gocrossbuild.internal.Sha256;
import io.github.gocrossbuild.internal.provenance.FileHashes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Go's action cache in a directory: {@code a/<action ID>} holds a line {@code <output ID> <size>
 * <epoch milliseconds>}, {@code o/<output ID>} the output's bytes. Bytes are hashed while they are
 * written to a temporary file and renamed into place only when they hash to their output ID; the
 * action's line is written the same way after them, so a reader never sees half an entry.
 */
public final class DirectoryActionStore implements ActionStore {
  private static final HexFormat HEX = HexFormat.of();

  private final Path root;

  /**
   * Uses a directory, created on the first put.
   *
   * @param root the directory, e.g. {@code <build cache>/go-actions}
   */
  public DirectoryActionStore(Path root) {
    this.root = root;
  }

  @Override
  public Optional<Output> get(byte[] actionId) throws IOException {
    Path line = root.resolve("a").resolve(HEX.formatHex(actionId));
    String[] words;
    try {
      if (Files.size(line) > 256) {
        return Optional.empty();
      }
      words = Files.readString(line, StandardCharsets.US_ASCII).strip().split(" ");
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (words.length != 3
        || !words[0].matches("[0-9a-f]{64}")
        || !words[1].matches("[0-9]{1,18}")
        || !words[2].matches("[0-9]{1,18}")) {
      return Optional.empty();
    }
    Path file = root.resolve("o").resolve(words[0]);
    long size = Long.parseLong(words[1]);
    try {
      if (Files.size(file) != size || !FileHashes.sha256(file).equals(words[0])) {
        return Optional.empty();
      }
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    return Optional.of(
        new Output(
            HEX.parseHex(words[0]), size, Instant.ofEpochMilli(Long.parseLong(words[2])), file));
  }

  @Override
  public Output put(byte[] actionId, byte[] outputId, long size, InputStream body)
      throws RefusedException, IOException {
    String output = HEX.formatHex(outputId);
    Path objects = Files.createDirectories(root.resolve("o"));
    Path actions = Files.createDirectories(root.resolve("a"));
    Path tmp = Files.createTempFile(objects, ".", ".tmp");
    try {
      MessageDigest digest = Sha256.digest();
      long written = 0;
      try (OutputStream out = Files.newOutputStream(tmp)) {
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = body.read(buffer)) > 0) {
          digest.update(buffer, 0, n);
          out.write(buffer, 0, n);
          written += n;
        }
      }
      String actual = HEX.formatHex(digest.digest());
      if (written != size) {
        throw new RefusedException(
            String.format("the body has %d bytes, not the %d its request says", written, size));
      }
      if (!actual.equals(output)) {
        throw new RefusedException(
            String.format("the body's SHA-256 is %s, not its OutputID %s", actual, output));
      }
      Path file = objects.resolve(output);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      Instant now = Instant.now();
      tmp = Files.createTempFile(actions, ".", ".tmp");
      Files.writeString(
          tmp,
          String.format("%s %d %d%n", output, size, now.toEpochMilli()),
          StandardCharsets.US_ASCII);
      Files.move(
          tmp,
          actions.resolve(HEX.formatHex(actionId)),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      return new Output(outputId.clone(), size, now, file);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
