package io.github.gocrossbuild.internal.cacheprog;

import io.github.gocrossbuild.cache.BuildCache;
import io.github.gocrossbuild.spi.GoCacheProgram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Go's action cache of one build: the build cache's store of Go's actions and the server bridges
 * reach it through while the build runs. A read-only cache takes the go command's puts into a
 * scratch directory that is deleted on {@link #close()}.
 */
public final class ActionCache implements AutoCloseable {
  private final Optional<Path> scratch;
  private final CacheProgServer server;
  private final GoCacheProgram program;
  private final ActionStore store;

  private ActionCache(Optional<Path> scratch, ActionStore store, CacheProgServer server) {
    this.scratch = scratch;
    this.store = store;
    this.server = server;
    this.program =
        GoCacheProgram.builder()
            .port(server.port())
            .token(server.token())
            .source(BridgeSource.text())
            .build();
  }

  /**
   * Starts serving a build cache's action store, with the warm set of the build's kind: the actions
   * this build uses are recorded there (unless the cache is read-only), and an SSH host's bridge is
   * sent the outputs of those recorded before it asks.
   *
   * @param cache the build cache
   * @param store its store of Go's actions
   * @param warmRoot where the warm sets are kept (a directory of this machine)
   * @param warmSet the warm set key (64 hex digits; see {@code CacheKey.warmSet()}), if known
   * @return the running action cache; close it when the build ends
   * @throws IOException when the server cannot listen or the scratch directory cannot be made
   */
  public static ActionCache open(
      BuildCache cache, ActionStore store, Path warmRoot, Optional<String> warmSet)
      throws IOException {
    Optional<WarmSet> warm = warmSet.map(k -> WarmSet.of(warmRoot, k, !cache.isReadOnly()));
    Optional<Path> scratch = Optional.empty();
    if (cache.isReadOnly()) {
      scratch = Optional.of(Files.createTempDirectory("gocrossbuild-actions-"));
      store = new ScratchPuts(store, new DirectoryActionStore(scratch.get()));
    }
    return new ActionCache(
        scratch, store, new CacheProgServer(store, warm, CacheProgServer.MAX_BODY));
  }

  /**
   * Returns why the store stopped sharing, for a warning once the build ended.
   *
   * @return the problem, or empty
   */
  public Optional<String> problem() {
    return store.problem();
  }

  /**
   * Returns what a host needs to reach the server.
   *
   * @return the cache program
   */
  public GoCacheProgram program() {
    return program;
  }

  /**
   * Stops the server, lets the store finish its uploads, and deletes the scratch directory of a
   * read-only cache.
   */
  @Override
  public void close() {
    server.close();
    store.close();
    scratch.ifPresent(ActionCache::deleteTree);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A leftover temporary directory is the system's to clean.
    }
  }
}
