package io.github.gocrossbuild.ssh.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import net.schmizz.sshj.connection.channel.direct.Session;

/**
 * Runs shell scripts on the host. The exec request is always the fixed text {@code /bin/sh -s},
 * which every login shell (bash, zsh, fish, tcsh) passes on unchanged; the script itself travels
 * over stdin, wrapped in {@code { ... } </dev/null} so {@code sh} reads all of it before running
 * anything and no command can swallow the rest. User strings appear only inside the script, and
 * only through {@link ShellQuote}.
 */
public final class RemoteShell {
  /** Marker lines the scripts print for the library; never shown as build output. */
  public static final String MARKER = "@@GCB-";

  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "gocrossbuild-ssh-watchdog");
            t.setDaemon(true);
            return t;
          });

  private final SshConnection connection;

  RemoteShell(SshConnection connection) {
    this.connection = connection;
  }

  /**
   * Returns the host's address for messages.
   *
   * @return {@code host:port}
   */
  public String address() {
    return connection.host().address();
  }

  /** What a script left behind. */
  public static final class Result {
    private final int exitCode;
    private final byte[] stdout;
    private final boolean timedOut;

    Result(int exitCode, byte[] stdout, boolean timedOut) {
      this.exitCode = exitCode;
      this.stdout = stdout;
      this.timedOut = timedOut;
    }

    /**
     * Returns the exit code of the script.
     *
     * @return the code; meaningless when timed out
     */
    public int exitCode() {
      return exitCode;
    }

    /**
     * Returns everything printed, stdout and stderr merged, markers included.
     *
     * @return the bytes
     */
    public byte[] bytes() {
      return stdout.clone();
    }

    /**
     * Returns the printed text as UTF-8.
     *
     * @return the text
     */
    public String text() {
      return new String(stdout, StandardCharsets.UTF_8);
    }

    /**
     * Returns the printed text without the library's marker lines.
     *
     * @return what the commands printed
     */
    public String output() {
      StringBuilder sb = new StringBuilder();
      for (String line : text().split("\n", -1)) {
        if (!line.startsWith(MARKER)) {
          sb.append(line).append('\n');
        }
      }
      return sb.toString().strip();
    }

    /**
     * Returns the value of a marker line {@code @@GCB-NAME value} (or a bare {@code @@GCB-NAME}).
     *
     * @param name the marker name
     * @return the text after the name (empty for a bare marker), if the script printed it
     */
    public Optional<String> marker(String name) {
      String prefix = MARKER + name + " ";
      for (String line : text().split("\n")) {
        if (line.startsWith(prefix)) {
          return Optional.of(line.substring(prefix.length()));
        }
        if (line.equals(MARKER + name)) {
          return Optional.of("");
        }
      }
      return Optional.empty();
    }

    /**
     * Returns the values of every marker line {@code @@GCB-NAME value}, in the order printed.
     *
     * @param name the marker name
     * @return the texts after the name
     */
    public List<String> markers(String name) {
      String prefix = MARKER + name + " ";
      return text()
          .lines()
          .filter(l -> l.startsWith(prefix))
          .map(l -> l.substring(prefix.length()))
          .toList();
    }

    /**
     * Tells whether the time limit passed and the script was killed.
     *
     * @return true on timeout
     */
    public boolean timedOut() {
      return timedOut;
    }
  }

  /**
   * Runs a script with stdout and stderr merged, streaming complete lines (markers excluded).
   *
   * @param step the step name for errors, e.g. {@code build}
   * @param body the script; every user string in it must be quoted with {@link ShellQuote}
   * @param timeout the time limit, or empty for none
   * @param lines receives each output line as it arrives
   * @return the result
   */
  public Result run(String step, String body, Optional<Duration> timeout, Consumer<String> lines) {
    String script =
        "{\nprintf '" + MARKER + "PID %s\\n' \"$$\"\nexec 2>&1\n" + body + "\n} </dev/null\n";
    return connection.withChannel(
        step,
        client -> {
          try (Session session = client.startSession()) {
            Session.Command cmd = session.exec("/bin/sh -s");
            try (OutputStream in = cmd.getOutputStream()) {
              in.write(script.getBytes(StandardCharsets.UTF_8));
            }
            AtomicBoolean timedOut = new AtomicBoolean();
            String[] pid = {null};
            ScheduledFuture<?> kill =
                timeout
                    .map(
                        t ->
                            WATCHDOG.schedule(
                                () -> {
                                  timedOut.set(true);
                                  killQuietly(pid[0]);
                                  closeQuietly(cmd);
                                },
                                t.toMillis(),
                                TimeUnit.MILLISECONDS))
                    .orElse(null);
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
              readLines(
                  cmd.getInputStream(),
                  all,
                  line -> {
                    if (pid[0] == null && line.startsWith(MARKER + "PID ")) {
                      pid[0] = line.substring(MARKER.length() + 4).strip();
                    } else if (!line.startsWith(MARKER)) {
                      lines.accept(line);
                    }
                  });
              cmd.getErrorStream().transferTo(all);
            } catch (IOException e) {
              if (!timedOut.get()) {
                throw e;
              }
            } finally {
              if (kill != null) {
                kill.cancel(false);
              }
            }
            if (timedOut.get()) {
              return new Result(-1, all.toByteArray(), true);
            }
            cmd.join(10, TimeUnit.SECONDS);
            Integer exit = cmd.getExitStatus();
            if (exit == null) {
              if (cmd.getExitSignal() != null) {
                return new Result(128 + 15, all.toByteArray(), false);
              }
              throw new IOException("the channel closed without an exit status");
            }
            return new Result(exit, all.toByteArray(), false);
          }
        });
  }

  /**
   * Runs a short helper script without streaming.
   *
   * @param step the step name for errors
   * @param body the script
   * @return the result
   */
  public Result run(String step, String body) {
    return run(step, body, Optional.of(connection.host().commandTimeout()), line -> {});
  }

  private static void readLines(InputStream in, ByteArrayOutputStream all, Consumer<String> lines)
      throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) > 0) {
      all.write(buf, 0, n);
      for (int i = 0; i < n; i++) {
        if (buf[i] == '\n') {
          lines.accept(line.toString(StandardCharsets.UTF_8));
          line.reset();
        } else {
          line.write(buf[i]);
        }
      }
    }
    if (line.size() > 0) {
      lines.accept(line.toString(StandardCharsets.UTF_8));
    }
  }

  private void killQuietly(String pid) {
    if (pid == null || !pid.matches("[0-9]+")) {
      return;
    }
    // The script's shell leads its own process group (sshd starts each session with setsid), so
    // signalling the group stops go and the compilers it started.
    String body =
        "pgid=$(ps -o pgid= -p "
            + pid
            + " 2>/dev/null | tr -d ' ')\n"
            + "if [ -n \"$pgid\" ]; then kill -TERM \"-$pgid\"; sleep 1; kill -KILL \"-$pgid\";"
            + " else pkill -TERM -P "
            + pid
            + "; kill -TERM "
            + pid
            + "; fi 2>/dev/null\n";
    try {
      run("kill timed-out command", body, Optional.of(Duration.ofSeconds(10)), l -> {});
    } catch (RuntimeException ignored) {
      // The connection may already be gone; closing the channel is the fallback.
    }
  }

  private static void closeQuietly(Session.Command cmd) {
    try {
      cmd.close();
    } catch (IOException | RuntimeException ignored) {
      // Closing is best effort once the time limit has passed.
    }
  }
}
