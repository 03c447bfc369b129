package io.github.gocrossbuild.internal.debug;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.DebugException;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import io.github.gocrossbuild.spi.DebugEndpoint;
import io.github.gocrossbuild.spi.DebugHost;
import io.github.gocrossbuild.spi.DebugRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Finds Delve on this machine and starts it on the loopback for a local debug session. */
public final class LocalDelve implements DebugHost {
  /** How long Delve may take to load the binary and listen. */
  static final Duration START_LIMIT = Duration.ofSeconds(60);

  private static final String HOST = "local";

  private final Map<String, String> environment;

  /**
   * Creates the local Delve starter.
   *
   * @param environment the environment Delve and the program inherit
   */
  public LocalDelve(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public DebugEndpoint startDebugger(DebugRequest request) {
    String[] found = find(request);
    List<String> argv =
        request.delveArgv(HOST, found[0], found[1], request.artifact().toAbsolutePath().toString());
    request.listener().onEvent(new BuildEvent.DebugStarted(request.target(), HOST, argv));
    ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
    pb.directory(request.artifact().toAbsolutePath().getParent().toFile());
    pb.environment().clear();
    pb.environment().putAll(environment);
    Process process;
    try {
      process = pb.start();
    } catch (IOException e) {
      throw new DebugException(
          String.format("Cannot start Delve (%s): %s", found[0], e.getMessage()),
          request.target(),
          HOST);
    }
    CompletableFuture<Integer> port = new CompletableFuture<>();
    StringBuilder output = new StringBuilder();
    Thread reader =
        new Thread(() -> pump(process, request, port, output), "gocrossbuild-delve-output");
    reader.setDaemon(true);
    reader.start();
    try {
      int p = port.get(START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
      return new LocalEndpoint(process, p);
    } catch (ExecutionException | TimeoutException e) {
      ProcessRunner.killTree(process);
      String out;
      synchronized (output) {
        out = output.toString().strip();
      }
      throw new DebugException(
          String.format(
              "Delve did not start listening within %ss on %s: %s",
              START_LIMIT.toSeconds(), HOST, out.isEmpty() ? "(no output)" : out),
          request.target(),
          HOST);
    } catch (InterruptedException e) {
      ProcessRunner.killTree(process);
      Thread.currentThread().interrupt();
      throw new DebugException("interrupted while starting Delve", request.target(), HOST);
    }
  }

  /** Returns the Delve path and its version output, trying each candidate in order. */
  private String[] find(DebugRequest request) {
    List<String> looked = new ArrayList<>();
    GoOs os = GoOs.current().orElse(GoOs.LINUX);
    String home = System.getProperty("user.home");
    for (Map.Entry<String, String> c :
        DelveSearch.candidates(os, request.dlv(), environment, home).entrySet()) {
      Path p = Path.of(c.getKey());
      if (!Files.isRegularFile(p) || !Files.isExecutable(p)) {
        looked.add(String.format("%s %s (%s)", c.getValue(), p, "missing"));
        continue;
      }
      ProcessRunner.Result r =
          ProcessRunner.run(
              List.of(p.toString(), "version"),
              p.toAbsolutePath().getParent(),
              environment,
              Optional.of(Duration.ofSeconds(20)),
              line -> {});
      if (r.exitCode() == 0 && DelvePolicy.delveVersion(r.output()).isPresent()) {
        return new String[] {p.toString(), r.output()};
      }
      looked.add(String.format("%s %s (%s)", c.getValue(), p, "`dlv version` failed"));
    }
    throw request.delveNotFound(HOST, looked);
  }

  private static void pump(
      Process process, DebugRequest request, CompletableFuture<Integer> port, StringBuilder out) {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!port.isDone()) {
          synchronized (out) {
            out.append(line).append('\n');
          }
          DebugRequest.listeningPort(line).ifPresent(port::complete);
        }
        request.listener().onEvent(new BuildEvent.OutputLine(request.target(), line));
      }
    } catch (IOException | RuntimeException ignored) {
      // The stream closes when Delve ends; the session reports that.
    }
    port.completeExceptionally(new IOException("Delve exited"));
  }

  /** Delve running on this machine; the port is Delve's own. */
  private static final class LocalEndpoint implements DebugEndpoint {
    private final Process process;
    private final int port;

    LocalEndpoint(Process process, int port) {
      this.process = process;
      this.port = port;
    }

    @Override
    public int localPort() {
      return port;
    }

    @Override
    public int remotePort() {
      return port;
    }

    @Override
    public void close() {
      // Children first: the program is Delve's child and would outlive it otherwise.
      ProcessRunner.killTree(process);
    }
  }
}
