package io.github.gocrossbuild.internal.toolchain.install;

import io.github.gocrossbuild.GoDownloads;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.ToolchainNotFoundException;
import io.github.gocrossbuild.internal.toolchain.ToolchainLocator;
import io.github.gocrossbuild.spi.Toolchain;
import io.github.gocrossbuild.spi.ToolchainSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the local toolchain of an exact version: the discovered one when it has that version, else
 * the one installed through {@link GoDownloads}; {@code foundBy()} says which and why.
 */
public final class VersionedToolchains {
  private VersionedToolchains() {}

  /**
   * Finds or installs a version on this machine.
   *
   * @param goVersion e.g. {@code go1.23.5}
   * @param downloads where to install it from
   * @param env the environment the build runs with
   * @return the toolchain
   */
  public static Toolchain local(String goVersion, GoDownloads downloads, Map<String, String> env) {
    Optional<Toolchain> found;
    try {
      found = Optional.of(ToolchainLocator.locate(Optional.empty(), env));
    } catch (ToolchainNotFoundException e) {
      found = Optional.empty();
    }
    return choose(goVersion, downloads, env, found);
  }

  /**
   * Uses the discovered toolchain when it has the version, else installs it.
   *
   * @param goVersion e.g. {@code go1.23.5}
   * @param downloads where to install it from
   * @param env the environment the build runs with
   * @param found the discovered toolchain, if any
   * @return the toolchain
   */
  static Toolchain choose(
      String goVersion, GoDownloads downloads, Map<String, String> env, Optional<Toolchain> found) {
    if (found.isPresent() && found.get().goVersion().equals(goVersion)) {
      return Toolchain.builder()
          .from(found.get())
          .foundBy(String.format("goVersion(%s): found by %s", goVersion, found.get().foundBy()))
          .build();
    }
    String local =
        found.map(t -> String.format("%s by %s", t.goVersion(), t.foundBy())).orElse("none");
    Target platform =
        Target.current().orElseThrow(() -> new IllegalStateException("unknown local platform"));
    Path dir = downloads.cacheDir().resolve(goVersion);
    boolean cached = Files.isExecutable(dir.resolve(GoDistributions.goCommand(platform.goos())));
    Path go = downloads.install(goVersion);
    // A GOROOT in the environment would point the installed go at another toolchain's files.
    Map<String, String> own = new HashMap<>(env);
    own.remove("GOROOT");
    Toolchain installed = ToolchainLocator.locate(Optional.of(go.toString()), own);
    String how =
        cached
            ? String.format(
                "goVersion(%s): installed earlier in %s (local toolchain: %s)",
                goVersion, dir, local)
            : String.format(
                "goVersion(%s): installed from %s into %s (local toolchain: %s)",
                goVersion, downloads.archiveUrl(goVersion, platform), dir, local);
    Optional<ToolchainInstaller.Download> from = ToolchainInstaller.recorded(dir);
    return Toolchain.builder()
        .from(installed)
        .source(ToolchainSource.INSTALLED)
        .foundBy(how)
        .downloadUrl(from.map(ToolchainInstaller.Download::url))
        .archiveSha256(from.map(ToolchainInstaller.Download::sha256))
        .build();
  }
}
