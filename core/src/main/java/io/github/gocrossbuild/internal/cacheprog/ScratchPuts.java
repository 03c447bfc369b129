package io.github.gocrossbuild.internal.cacheprog;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A read-only cache as the go command needs it: gets come from the shared store, and puts (which
 * must still give the go command a file) go to a scratch store that lives as long as the build.
 */
public final class ScratchPuts implements ActionStore {
  private final ActionStore shared;
  private final ActionStore scratch;

  /**
   * Combines two stores.
   *
   * @param shared the store read first and never written
   * @param scratch the store that takes every put
   */
  public ScratchPuts(ActionStore shared, ActionStore scratch) {
    this.shared = shared;
    this.scratch = scratch;
  }

  @Override
  public Optional<Output> get(byte[] actionId) throws IOException {
    Optional<Output> own = scratch.get(actionId);
    return own.isPresent() ? own : shared.get(actionId);
  }

  @Override
  public Output put(byte[] actionId, byte[] outputId, long size, InputStream body)
      throws RefusedException, IOException {
    return scratch.put(actionId, outputId, size, body);
  }

  @Override
  public Optional<String> problem() {
    return shared.problem();
  }

  @Override
  public void close() {
    shared.close();
    scratch.close();
  }
}
