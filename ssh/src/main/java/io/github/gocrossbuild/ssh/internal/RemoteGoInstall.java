package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.GoDownloads;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.ToolchainDownloadException;
import io.github.gocrossbuild.ToolchainNotFoundException;
import io.github.gocrossbuild.internal.toolchain.install.ArchiveUnpacker;
import io.github.gocrossbuild.internal.toolchain.install.GoDistributions;
import io.github.gocrossbuild.internal.toolchain.install.ToolchainInstaller;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Installs a Go distribution on an SSH host without internet there: the archive for the host's
 * platform is fetched and verified on this machine (and checked for unsafe entries), uploaded,
 * verified again with {@code sha256sum}, unpacked into {@code <cache>/gocrossbuild/go1.x.y} in the
 * user's cache directory and renamed into place. No sudo, no shell init files; used by absolute
 * path.
 */
public final class RemoteGoInstall {
  private static final Duration LIMIT = Duration.ofMinutes(10);

  private RemoteGoInstall() {}

  /**
   * Returns the directory a version is installed in on the host.
   *
   * @param cacheDir the library's directory on the host (where the workspaces are)
   * @param version a normalized version
   * @return e.g. {@code /home/pi/.cache/gocrossbuild/go1.23.5}
   */
  public static String dir(String cacheDir, String version) {
    return cacheDir + "/" + version;
  }

  /**
   * Tells whether the host has the version installed in its cache.
   *
   * @param shell the host's shell
   * @param go the go command to try
   * @param version a normalized version
   * @return true when it answers {@code go version} with the version
   */
  public static boolean installed(RemoteShell shell, String go, String version) {
    String script =
        String.format(
            "[ -x %1$s ] && v=$(env -u GOROOT GOTOOLCHAIN=local %1$s version 2>&1 | head -n 1) &&"
                + " case \"$v\" in %2$s*) exit 0;; esac; exit 1",
            ShellQuote.quote(go), ShellQuote.quote("go version " + version + " "));
    return shell.run("check go " + version, script).exitCode() == 0;
  }

  /**
   * Installs the version, or finds it installed.
   *
   * @param connection the connection
   * @param facts the host facts
   * @param cache the library's directory on the host
   * @param downloads where the archive comes from
   * @param version e.g. {@code 1.23.5}
   * @return the absolute path of the installed go command on the host
   * @throws ToolchainDownloadException when the archive cannot be fetched, fails a checksum here or
   *     on the host, or does not unpack to a working toolchain
   */
  public static String install(
      SshConnection connection,
      HostFacts facts,
      String cache,
      GoDownloads downloads,
      String version) {
    String v = GoDistributions.normalize(version);
    Target platform =
        facts
            .platform()
            .orElseThrow(
                () ->
                    new ToolchainNotFoundException(
                        String.format(
                            "cannot install %s on %s: `uname` (%s) names no Go platform",
                            v, connection.host().address(), facts.uname()),
                        List.of()));
    String dir = dir(cache, v);
    String go = dir + "/" + GoDistributions.goCommand(platform.goos());
    RemoteShell shell = connection.shell();
    if (installed(shell, go, v)) {
      return go;
    }
    Path archive = downloads.archive(v, platform);
    String url = downloads.archiveUrl(v, platform).toString();
    String sha = check(archive, downloads, url);
    String name = archive.getFileName().toString();
    RemoteShell.Result mk =
        shell.run(
            "prepare go install",
            String.format(
                "mkdir -p %s && printf '@@GCB-WORK %%s\\n' \"$(mktemp -d %s)\"",
                ShellQuote.quote(cache), ShellQuote.quote(cache + "/." + v + "-XXXXXX")));
    String work =
        mk.marker("WORK")
            .filter(w -> mk.exitCode() == 0 && !w.isEmpty())
            .orElseThrow(
                () ->
                    failure(
                        downloads,
                        url,
                        null,
                        "cannot create a work directory under %s: %s",
                        cache,
                        mk.output()));
    try {
      connection.sftp(
          "upload " + name,
          LIMIT,
          sftp -> {
            SourceSync.upload(sftp, archive, work + "/" + name);
            return null;
          });
      RemoteShell.Result r =
          shell.run(
              "install " + v, script(work, name, url, sha, v, dir), Optional.of(LIMIT), l -> {});
      if (r.exitCode() == 10) {
        throw failure(
            downloads,
            url,
            r.marker("SUM").orElse(""),
            "the upload of %s to %s has SHA-256 %s, expected %s; nothing was installed",
            name,
            connection.host().address(),
            r.marker("SUM").orElse("?"),
            sha);
      }
      if (r.exitCode() != 0) {
        throw failure(
            downloads,
            url,
            null,
            "installing %s into %s on %s failed (exit code %d): %s",
            v,
            dir,
            connection.host().address(),
            r.exitCode(),
            r.output());
      }
    } finally {
      shell.run("clean up go install", "rm -rf " + ShellQuote.quote(work));
    }
    return go;
  }

  private static String script(
      String work, String name, String url, String sha, String v, String dir) {
    return String.join(
        "\n",
        "cd " + ShellQuote.quote(work) + " || exit 9",
        String.format(
            "printf '%%s  %%s\\n' %s %s | sha256sum -c --status - || {"
                + " printf '@@GCB-SUM %%s\\n' \"$(sha256sum %s | cut -d ' ' -f 1)\"; exit 10; }",
            ShellQuote.quote(sha), ShellQuote.quote(name), ShellQuote.quote(name)),
        String.format(
            "mkdir unpack && tar -xzf %s -C unpack --no-same-owner || exit 11",
            ShellQuote.quote(name)),
        "v=$(env -u GOROOT GOTOOLCHAIN=local unpack/go/bin/go version 2>&1 | head -n 1)",
        String.format(
            "case \"$v\" in %s*) ;; *) echo \"go version printed: $v\"; exit 12;; esac",
            ShellQuote.quote("go version " + v + " ")),
        // Where it came from, for provenance: the same record a local install writes.
        String.format(
            "printf '%%s\\n%%s\\n' %s %s > unpack/go/%s || exit 14",
            ShellQuote.quote(url), ShellQuote.quote(sha), ToolchainInstaller.RECORD),
        String.format(
            "mv -T unpack/go %1$s 2>/dev/null || [ -x %1$s/bin/go ] || exit 13",
            ShellQuote.quote(dir)));
  }

  /** Checks the verified archive for unsafe entries and returns its SHA-256. */
  private static String check(Path archive, GoDownloads downloads, String url) {
    try {
      ArchiveUnpacker.check(archive, downloads.maxUnpackedBytes());
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (InputStream in = Files.newInputStream(archive)) {
        byte[] buf = new byte[1 << 16];
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
          md.update(buf, 0, n);
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw failure(downloads, url, null, "refused to upload %s: %s", archive, e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static ToolchainDownloadException failure(
      GoDownloads downloads, String url, String actual, String format, Object... args) {
    return new ToolchainDownloadException(
        String.format(format, args), url, null, actual, downloads.cacheDir(), null);
  }
}
