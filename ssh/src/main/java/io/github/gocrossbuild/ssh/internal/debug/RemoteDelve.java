package io.github.gocrossbuild.ssh.internal.debug;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.DebugException;
import io.github.gocrossbuild.spi.DebugEndpoint;
import io.github.gocrossbuild.spi.DebugRequest;
import io.github.gocrossbuild.ssh.internal.HostFacts;
import io.github.gocrossbuild.ssh.internal.RemoteRunner;
import io.github.gocrossbuild.ssh.internal.RemoteShell;
import io.github.gocrossbuild.ssh.internal.ShellQuote;
import io.github.gocrossbuild.ssh.internal.SshConnection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import net.schmizz.sshj.connection.channel.direct.Session;

/**
 * Starts Delve on an SSH host so that it cannot outlive the SSH session, and forwards a local port
 * to it.
 *
 * <p>One session channel runs a small script: Delve starts in a new session ({@code setsid}, so the
 * program it launches in its own process group still shares the session id), its output goes to a
 * private log, and once it listens the script blocks reading its stdin. That read ends when the
 * channel closes — {@link #close()}, a closed connection, or sshd dying with the network — and the
 * script then kills every process of that session and removes the binary. Delve listens on the
 * host's 127.0.0.1 on a port the host's kernel picks ({@code :0}).
 */
public final class RemoteDelve implements DebugEndpoint {
  /** How long Delve may take to load the binary and listen. */
  private static final Duration START_LIMIT = Duration.ofSeconds(60);

  private static final String LISTEN = RemoteShell.MARKER + "LISTEN ";
  private static final String FAILED = RemoteShell.MARKER + "FAILED";

  private final Session session;
  private final Session.Command command;
  private final DelveForward forward;
  private final int remotePort;
  private final AtomicBoolean closed = new AtomicBoolean();

  private RemoteDelve(Session session, Session.Command command, DelveForward forward, int port) {
    this.session = session;
    this.command = command;
    this.forward = forward;
    this.remotePort = port;
  }

  /**
   * Finds Delve, uploads the binary, starts Delve and opens the forward.
   *
   * @param connection the SSH connection
   * @param runner uploads the binary
   * @param facts the host facts
   * @param host the host's name for messages and events
   * @param request what to debug
   * @return the running endpoint
   * @throws DebugException when there is no Delve or it does not start
   */
  public static RemoteDelve start(
      SshConnection connection,
      RemoteRunner runner,
      HostFacts facts,
      String host,
      DebugRequest request) {
    RemoteDelveSearch.Found dlv = RemoteDelveSearch.find(connection.shell(), facts, host, request);
    String binary = runner.upload(request.artifact());
    List<String> argv = request.delveArgv(host, dlv.path(), dlv.versionOutput(), binary);
    request.listener().onEvent(new BuildEvent.DebugStarted(request.target(), host, argv));
    Session session = connection.withChannel("start Delve", c -> c.startSession());
    Session.Command cmd;
    try {
      cmd = session.exec("/bin/sh -s");
      OutputStream in = cmd.getOutputStream();
      in.write(script(argv, binary).getBytes(StandardCharsets.UTF_8));
      in.flush();
    } catch (IOException e) {
      closeQuietly(session);
      throw connection.failure("start Delve", e);
    }
    int port = awaitPort(cmd, session, request, host);
    DelveForward forward;
    try {
      forward = DelveForward.open(connection, port);
    } catch (RuntimeException e) {
      endScript(cmd);
      closeQuietly(session);
      throw e;
    }
    return new RemoteDelve(session, cmd, forward, port);
  }

  /**
   * Returns the script. The whole of it is one brace group, so the shell has read all of it before
   * the watchdog {@code cat} starts reading the rest of stdin.
   */
  static String script(List<String> argv, String binary) {
    String bin = ShellQuote.quote(binary);
    String log = ShellQuote.quote(binary + ".log");
    return String.join(
        "\n",
        "{",
        "exec 2>&1",
        "s=; command -v setsid >/dev/null 2>&1 && s=setsid",
        "$s " + ShellQuote.join(argv) + " >" + log + " 2>&1 </dev/null &",
        "d=$!",
        "gcb_end() { pkill -KILL -s \"$d\" 2>/dev/null; pkill -KILL -P \"$d\" 2>/dev/null;"
            + " kill -KILL \"$d\" 2>/dev/null; rm -f "
            + bin
            + " "
            + log
            + "; }",
        "i=0",
        "while :; do",
        "  l=$(grep -m 1 'API server listening at:' " + log + " 2>/dev/null)",
        "  [ -n \"$l\" ] && break",
        "  i=$((i+1))",
        "  if ! kill -0 \"$d\" 2>/dev/null || [ \"$i\" -gt 600 ]; then",
        "    printf '" + FAILED + "\\n'; cat " + log + "; gcb_end; exit 1",
        "  fi",
        "  sleep 0.1",
        "done",
        "printf '" + LISTEN + "%s\\n' \"$l\"",
        "cat >/dev/null",
        "gcb_end",
        "}",
        "");
  }

  private static int awaitPort(
      Session.Command cmd, Session session, DebugRequest request, String host) {
    CompletableFuture<Integer> port = new CompletableFuture<>();
    StringBuilder output = new StringBuilder();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(cmd.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  if (line.startsWith(LISTEN)) {
                    DebugRequest.listeningPort(line).ifPresent(port::complete);
                  } else if (!line.startsWith(FAILED)) {
                    output.append(line).append('\n');
                    request.listener().onEvent(new BuildEvent.OutputLine(request.target(), line));
                  }
                }
              } catch (IOException | RuntimeException ignored) {
                // The channel closed; the waiting side reports it.
              }
              port.completeExceptionally(new IOException("the Delve script ended"));
            },
            "gocrossbuild-remote-delve");
    reader.setDaemon(true);
    reader.start();
    try {
      return port.get(START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      endScript(cmd);
      closeQuietly(session);
      String out = output.toString().strip();
      throw new DebugException(
          String.format(
              "Delve did not start listening within %ss on %s: %s",
              START_LIMIT.toSeconds(), host, out.isEmpty() ? "(no output)" : out),
          request.target(),
          host);
    } catch (InterruptedException e) {
      endScript(cmd);
      closeQuietly(session);
      Thread.currentThread().interrupt();
      throw new DebugException("interrupted while starting Delve", request.target(), host);
    }
  }

  @Override
  public int localPort() {
    return forward.localPort();
  }

  @Override
  public int remotePort() {
    return remotePort;
  }

  /** Ends the watchdog's read, which kills Delve's session, then waits for the script to exit. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    forward.close();
    endScript(command);
    try {
      command.join(10, TimeUnit.SECONDS);
    } catch (IOException ignored) {
      // The connection is gone; the host's side ended with it.
    }
    closeQuietly(session);
  }

  private static void endScript(Session.Command cmd) {
    try {
      cmd.getOutputStream().close();
    } catch (IOException ignored) {
      // The channel is already closed, which ends the script as well.
    }
  }

  private static void closeQuietly(Session session) {
    try {
      session.close();
    } catch (IOException ignored) {
      // Already closed with the connection.
    }
  }
}
