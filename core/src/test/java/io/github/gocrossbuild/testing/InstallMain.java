package io.github.gocrossbuild.testing;

import io.github.gocrossbuild.GoDownloads;
import java.net.URI;
import java.nio.file.Path;

/** Installs a Go version in a second JVM, for the concurrent-install test. */
public final class InstallMain {
  private InstallMain() {}

  /**
   * Installs.
   *
   * @param args base URI, cache directory, version
   */
  public static void main(String[] args) {
    Path go = GoDownloads.from(URI.create(args[0])).cacheDir(Path.of(args[1])).install(args[2]);
    System.out.println(go);
  }
}
