package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.GoDownloads;
import io.github.gocrossbuild.ToolchainNotFoundException;
import io.github.gocrossbuild.internal.toolchain.install.GoDistributions;
import io.github.gocrossbuild.spi.Toolchain;
import io.github.gocrossbuild.spi.ToolchainSource;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Picks the host's toolchain of an exact version: one installed earlier in the user's cache, else
 * the discovered one when it has the version, else a fresh install; {@code foundBy()} says which.
 */
public final class RemoteGoToolchains {
  private RemoteGoToolchains() {}

  /**
   * Finds or installs the version on the host.
   *
   * @param goVersion e.g. {@code go1.23.5}
   * @param downloads where an install comes from
   * @param facts the host facts
   * @param connection the connection
   * @param cache the library's directory on the host
   * @param locate finds a toolchain: an explicit go path, or empty to discover one
   * @param install installs the version and returns its go path
   * @return the toolchain
   */
  public static Toolchain choose(
      String goVersion,
      GoDownloads downloads,
      HostFacts facts,
      SshConnection connection,
      String cache,
      Function<Optional<String>, Toolchain> locate,
      Supplier<String> install) {
    String v = GoDistributions.normalize(goVersion);
    String address = connection.host().address();
    String dir = RemoteGoInstall.dir(cache, v);
    String cached = dir + "/bin/go";
    if (RemoteGoInstall.installed(connection.shell(), cached, v)) {
      return relabel(
          locate.apply(Optional.of(cached)),
          ToolchainSource.INSTALLED,
          String.format("goVersion(%s): installed earlier in %s on %s", v, dir, address));
    }
    Optional<Toolchain> found;
    try {
      found = Optional.of(locate.apply(Optional.empty()));
    } catch (ToolchainNotFoundException e) {
      found = Optional.empty();
    }
    if (found.isPresent() && found.get().goVersion().equals(v)) {
      return relabel(
          found.get(),
          found.get().source(),
          String.format("goVersion(%s): found by %s", v, found.get().foundBy()));
    }
    String host =
        found.map(t -> String.format("%s by %s", t.goVersion(), t.foundBy())).orElse("none");
    String go = install.get();
    String url =
        facts.platform().map(p -> downloads.archiveUrl(v, p).toString()).orElse("(unknown)");
    return relabel(
        locate.apply(Optional.of(go)),
        ToolchainSource.INSTALLED,
        String.format(
            "goVersion(%s): installed from %s into %s on %s (host toolchain: %s)",
            v, url, dir, address, host));
  }

  private static Toolchain relabel(Toolchain tc, ToolchainSource source, String foundBy) {
    return Toolchain.builder().from(tc).source(source).foundBy(foundBy).build();
  }
}
