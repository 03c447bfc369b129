package io.github.gocrossbuild.ssh;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildListener;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A listener that corrupts the artifact on the host between its hash and its download, as a broken
 * disk or link would: at the start of chosen downloads it flips the lowest bit of the artifact's
 * first byte in place, in the host's workspace (the test's sshd runs on this machine, as this
 * user). The download's first event comes after the remote file is opened and before its first byte
 * is read, so the download reads the flipped bit.
 */
final class RemoteFileCorrupter implements BuildListener {
  private final Path workspaces;
  private final Set<Integer> flipped;
  private final AtomicInteger downloads = new AtomicInteger();
  private final AtomicInteger flips = new AtomicInteger();

  /**
   * Creates the listener.
   *
   * @param host the host, whose remote cache directory holds the workspaces
   * @param downloadsToCorrupt which downloads of the build to flip the bit at, counting from 1
   */
  RemoteFileCorrupter(SshHost host, int... downloadsToCorrupt) {
    this.workspaces = Path.of(host.remoteCacheDir().orElseThrow(), "ws");
    this.flipped = IntStream.of(downloadsToCorrupt).boxed().collect(Collectors.toSet());
  }

  /**
   * Returns how many times a bit was flipped.
   *
   * @return the count
   */
  int flips() {
    return flips.get();
  }

  @Override
  public void onEvent(BuildEvent event) {
    if (event instanceof BuildEvent.Transfer t
        && t.bytes() == 0
        && t.what().startsWith("download ")
        && flipped.contains(downloads.incrementAndGet())) {
      flipFirstBit(t.what().substring("download ".length()).split(" ")[0]);
      flips.incrementAndGet();
    }
  }

  private void flipFirstBit(String name) {
    try (Stream<Path> files = Files.walk(workspaces, 3)) {
      Path artifact =
          files.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
      try (RandomAccessFile f = new RandomAccessFile(artifact.toFile(), "rw")) {
        int first = f.read();
        f.seek(0);
        f.write(first ^ 1);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
