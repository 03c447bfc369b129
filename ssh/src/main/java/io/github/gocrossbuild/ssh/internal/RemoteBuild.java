package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildTimeoutException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.Sha256;
import io.github.gocrossbuild.spi.HostBuildOutcome;
import io.github.gocrossbuild.spi.HostBuildRequest;
import io.github.gocrossbuild.ssh.SshException;
import io.github.gocrossbuild.ssh.SshTransferException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.schmizz.sshj.sftp.RemoteFile;

/**
 * Runs {@code go build} in a synced workspace and brings the artifact back: the host prints the
 * artifact's SHA-256 right after linking, the download is hashed as it is written to the local
 * temporary path, and a mismatch or any failure deletes the local file. The remote copy is removed
 * after the download; leftovers of killed runs are swept by the next workspace setup.
 */
public final class RemoteBuild {
  /** SFTP reads kept in flight while downloading. */
  private static final int READ_AHEAD = 16;

  private final SshConnection connection;

  /**
   * Creates the step for one connection.
   *
   * @param connection the connection
   */
  public RemoteBuild(SshConnection connection) {
    this.connection = connection;
  }

  /**
   * Builds and downloads.
   *
   * @param request the build request (its artifact path is local)
   * @param workspace the synced workspace ({@code src} and {@code tmp} inside)
   * @return the outcome; a non-zero exit is returned, not thrown
   */
  public HostBuildOutcome build(HostBuildRequest request, String workspace) {
    try (SharedCacheForward shared = SharedCacheForward.open(connection, request, workspace)) {
      return run(shared.request(), workspace);
    }
  }

  private HostBuildOutcome run(HostBuildRequest request, String workspace) {
    Target target = request.target();
    String remoteOut =
        workspace
            + "/tmp/"
            + UUID.randomUUID()
            + "-"
            + target.goos().goName()
            + "-"
            + target.goarch().goName()
            + target.executableSuffix();
    List<String> argv = request.goBuildArgv(remoteOut);
    String out = ShellQuote.quote(remoteOut);
    // The last good output of the same command is linked in first, so go finds it up to date and
    // skips the link step, as a local warm rebuild does.
    String last = ShellQuote.quote(workspace + "/tmp/last-" + commandKey(request));
    String script =
        String.join(
            "\n",
            "cd " + ShellQuote.quote(workspace + "/src") + " || exit 125",
            "ln -f " + last + " " + out + " 2>/dev/null",
            ShellQuote.envCommand(request.environment(), argv),
            "rc=$?",
            "if [ \"$rc\" -eq 0 ] && [ -f " + out + " ]; then",
            "  sum=$( { sha256sum "
                + out
                + " 2>/dev/null || shasum -a 256 "
                + out
                + "; }"
                + " | cut -d ' ' -f 1)",
            "  printf '@@GCB-SHA256 %s\\n' \"$sum\"",
            "  ln -f " + out + " " + last + " 2>/dev/null",
            "else rm -f " + out + "; fi",
            "exit $rc");
    RemoteShell.Result r =
        connection
            .shell()
            .run(
                "build",
                script,
                request.timeout(),
                line -> request.listener().onEvent(new BuildEvent.OutputLine(target, line)));
    if (r.timedOut()) {
      removeRemoteQuietly(remoteOut);
      throw new BuildTimeoutException(target, request.timeout().orElseThrow(), r.output());
    }
    if (r.exitCode() != 0) {
      return HostBuildOutcome.of(argv, r.exitCode(), r.output());
    }
    Optional<String> sha = r.marker("SHA256").map(String::strip);
    if (sha.isPresent()) {
      download(remoteOut, sha.get(), request);
    }
    return HostBuildOutcome.of(argv, 0, r.output());
  }

  /**
   * Names a command and its environment: the same key means the same output. The action cache's
   * variables (a new port and secret for every build) do not change the output.
   */
  private static String commandKey(HostBuildRequest request) {
    MessageDigest md = Sha256.digest();
    List<String> words = new java.util.ArrayList<>(request.goBuildArgv(""));
    words.add(request.pkg());
    new java.util.TreeMap<>(request.environment())
        .forEach(
            (k, v) -> {
              if (!k.equals("GOCACHEPROG") && !k.startsWith("GOCROSSBUILD_CACHEPROG_")) {
                words.add(k + "=" + v);
              }
            });
    words.add(request.target().toString());
    words.forEach(w -> md.update((w + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(md.digest()).substring(0, 24);
  }

  /**
   * Downloads the artifact into the local temporary path, hashing it on the way. A copy whose
   * SHA-256 differs from the host's is deleted and fetched once more; a second mismatch fails.
   */
  private void download(String remoteOut, String expected, HostBuildRequest request) {
    Path local = request.artifact();
    String name = remoteOut.substring(remoteOut.lastIndexOf('/') + 1);
    try {
      String actual = fetch(remoteOut, expected, request, "download " + name);
      if (!actual.equals(expected)) {
        deleteQuietly(local);
        actual =
            fetch(remoteOut, expected, request, "download " + name + " again (SHA-256 differed)");
      }
      if (!actual.equals(expected)) {
        throw new SshTransferException(
            "The downloaded artifact differs from the one on "
                + connection.host().address()
                + ", twice: SHA-256 "
                + actual
                + " here, "
                + expected
                + " there. Nothing was kept; run the build again.",
            connection.host().address(),
            "download",
            null);
      }
      makeExecutable(local);
    } catch (SshException e) {
      deleteQuietly(local);
      removeRemoteQuietly(remoteOut);
      throw e;
    } catch (IOException | RuntimeException e) {
      deleteQuietly(local);
      removeRemoteQuietly(remoteOut);
      throw connection.failure("download", e);
    }
  }

  /** Copies the remote file to the local temporary path; removes the remote one when intact. */
  private String fetch(String remoteOut, String expected, HostBuildRequest request, String what) {
    Path local = request.artifact();
    Target target = request.target();
    return connection.sftp(
        "download",
        connection.host().transferTimeout(),
        sftp -> {
          MessageDigest md = Sha256.digest();
          try (RemoteFile rf = sftp.open(remoteOut)) {
            long total = rf.length();
            try (InputStream in = rf.new ReadAheadRemoteFileInputStream(READ_AHEAD);
                OutputStream o =
                    Files.newOutputStream(
                        local,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE)) {
              // The local path is the caller's private temporary file; it may hold a copy of the
              // previous artifact (seeded for local warm rebuilds), which is replaced.
              byte[] buf = new byte[64 * 1024];
              long done = 0;
              long reported = 0;
              request.listener().onEvent(new BuildEvent.Transfer(target, what, 0, total));
              int n;
              while ((n = in.read(buf)) > 0) {
                o.write(buf, 0, n);
                md.update(buf, 0, n);
                done += n;
                if (done - reported >= 1 << 20) {
                  request.listener().onEvent(new BuildEvent.Transfer(target, what, done, total));
                  reported = done;
                }
              }
              request.listener().onEvent(new BuildEvent.Transfer(target, what, done, total));
            }
          }
          String actual = HexFormat.of().formatHex(md.digest());
          if (actual.equals(expected)) {
            sftp.rm(remoteOut);
          }
          return actual;
        });
  }

  private static void makeExecutable(Path local) throws IOException {
    try {
      Files.setPosixFilePermissions(local, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      // Windows decides executability by the file name.
    }
  }

  private void removeRemoteQuietly(String remote) {
    if (!connection.isConnected()) {
      return;
    }
    try {
      connection.shell().run("remove temporary file", "rm -f " + ShellQuote.quote(remote));
    } catch (RuntimeException ignored) {
      // The next workspace setup sweeps stale temporary files.
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // The caller deletes its temporary path again; it is hidden and named .tmp.
    }
  }

  /**
   * Keeps a file name to characters that need no care on any host.
   *
   * @param name the name
   * @return the name with anything else replaced by {@code _}, at most 64 characters
   */
  static String sanitize(String name) {
    String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return s.length() > 64 ? s.substring(s.length() - 64) : s;
  }
}
