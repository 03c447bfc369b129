package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.ssh.RemoteRun;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.schmizz.sshj.sftp.OpenMode;
import net.schmizz.sshj.sftp.RemoteFile;

/** Uploads a program to a private temporary file on the host, runs it, and removes it. */
public final class RemoteRunner {
  private final SshConnection connection;
  private final Workspaces workspaces;

  /**
   * Creates the runner.
   *
   * @param connection the connection
   * @param workspaces where temporary files go
   */
  public RemoteRunner(SshConnection connection, Workspaces workspaces) {
    this.connection = connection;
    this.workspaces = workspaces;
  }

  /**
   * Runs a local program on the host.
   *
   * @param program the local executable
   * @param args its arguments, passed literally
   * @param timeout the time limit
   * @return the outcome
   */
  public RemoteRun run(Path program, List<String> args, Duration timeout) {
    long start = System.nanoTime();
    String remote = upload(program);
    List<String> argv = new ArrayList<>();
    argv.add(remote);
    argv.addAll(args);
    String q = ShellQuote.quote(remote);
    // The script removes the program itself on a normal exit; only a killed run needs another
    // round trip to clean up.
    String script = ShellQuote.join(argv) + "\nrc=$?\nrm -f " + q + "\nexit $rc";
    RemoteShell.Result r = null;
    try {
      r =
          connection
              .shell()
              .run("run " + program.getFileName(), script, Optional.of(timeout), line -> {});
    } finally {
      if ((r == null || r.timedOut()) && connection.isConnected()) {
        try {
          connection.shell().run("remove temporary file", "rm -f " + q);
        } catch (RuntimeException ignored) {
          // Swept with other stale temporary files later.
        }
      }
    }
    return RemoteRun.builder()
        .command(argv)
        .exitCode(r.timedOut() ? -1 : r.exitCode())
        .output(r.output())
        .timedOut(r.timedOut())
        .duration(Duration.ofNanos(System.nanoTime() - start))
        .build();
  }

  /**
   * Uploads a local program to a new private file (mode 0700) in the host's scratch directory.
   *
   * @param program the local executable
   * @return its path on the host; the caller removes it
   */
  public String upload(Path program) {
    String remote =
        workspaces.scratch()
            + "/"
            + UUID.randomUUID()
            + "-"
            + RemoteBuild.sanitize(program.getFileName().toString());
    connection.sftp(
        "upload " + program.getFileName(),
        connection.host().transferTimeout(),
        sftp -> {
          try (RemoteFile rf =
                  sftp.open(
                      remote,
                      EnumSet.of(OpenMode.WRITE, OpenMode.CREAT, OpenMode.TRUNC),
                      SourceSync.mode(0700));
              OutputStream out = rf.new RemoteFileOutputStream(0, 16);
              InputStream in = Files.newInputStream(program)) {
            in.transferTo(out);
          }
          return null;
        });
    return remote;
  }
}
