package io.github.gocrossbuild.internal.cacheprog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The actions builds of one kind used, in the order they used them: a file {@code
 * <go-actions>/w/<warm set key>} of action IDs in hex, one a line. The key names what decides the
 * action IDs apart from the module's files (the toolchain, the target, the Go variables, the
 * flags), so a later build of the same kind, on any host, most likely asks for the same actions; a
 * server can then send their outputs to a host before it asks. A session's actions come first, the
 * earlier ones it did not use after them, at most {@link #MAX_ACTIONS}; the file is replaced
 * atomically.
 */
public final class WarmSet {
  /** The most action IDs kept for one key. */
  public static final int MAX_ACTIONS = 16_384;

  private static final HexFormat HEX = HexFormat.of();
  private static final Pattern LINE = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

  private final Path file;
  private final boolean recording;

  private WarmSet(Path file, boolean recording) {
    this.file = file;
    this.recording = recording;
  }

  /**
   * Returns the warm set of a key in an action store's directory.
   *
   * @param root the action store's directory ({@code <build cache>/go-actions})
   * @param key the warm set key, 64 hex digits
   * @param recording false for a read-only cache: {@link #record} then does nothing
   * @return the warm set
   * @throws IllegalArgumentException when the key is not 64 hex digits
   */
  public static WarmSet of(Path root, String key, boolean recording) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("a warm set key is 64 hex digits, not " + key);
    }
    return new WarmSet(root.resolve("w").resolve(key), recording);
  }

  /**
   * Reads the action IDs, most recently used first; lines that are not an action ID are skipped.
   *
   * @return the action IDs, empty when nothing was recorded or the file cannot be read
   */
  public List<byte[]> actions() {
    List<byte[]> ids = new ArrayList<>();
    for (String line : lines()) {
      ids.add(HEX.parseHex(line));
    }
    return ids;
  }

  /**
   * Records a session's actions before the earlier ones; a failure to write is ignored (the set
   * only speeds builds up).
   *
   * @param used the action IDs the session got or put, in order
   */
  public void record(List<byte[]> used) {
    if (!recording || used.isEmpty()) {
      return;
    }
    Set<String> all = new LinkedHashSet<>();
    for (byte[] id : used) {
      all.add(HEX.formatHex(id));
    }
    all.addAll(lines());
    StringBuilder text = new StringBuilder();
    all.stream().limit(MAX_ACTIONS).forEach(id -> text.append(id).append('\n'));
    Path tmp = null;
    try {
      Files.createDirectories(file.getParent());
      tmp = Files.createTempFile(file.getParent(), ".", ".tmp");
      Files.writeString(tmp, text, StandardCharsets.US_ASCII);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      // The next session of this kind pushes less; the build is not affected.
    } finally {
      Optional.ofNullable(tmp).ifPresent(WarmSet::deleteQuietly);
    }
  }

  private List<String> lines() {
    try {
      if (Files.size(file) > (long) MAX_ACTIONS * 65 + 65) {
        return List.of();
      }
      return Files.readAllLines(file, StandardCharsets.US_ASCII).stream()
          .filter(l -> LINE.matcher(l).matches())
          .limit(MAX_ACTIONS)
          .toList();
    } catch (IOException e) {
      // Missing (nothing recorded yet) or unreadable: nothing is pushed.
      return List.of();
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // A leftover temporary file in the warm set directory is harmless.
    }
  }
}
