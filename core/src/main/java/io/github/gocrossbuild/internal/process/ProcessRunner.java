package io.github.gocrossbuild.internal.process;

import io.github.gocrossbuild.GoCrossBuildException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs a command from an argv list (never through a shell), streams its merged output line by line,
 * and kills the whole process tree on timeout or interruption.
 */
public final class ProcessRunner {
  /** Output kept in memory at most; the rest is counted and dropped. */
  static final int MAX_OUTPUT_CHARS = 4 * 1024 * 1024;

  /**
   * Threads that copy a child's output; reused, because starting a thread for every warm build
   * costs more than the rest of the library's own work. Daemon threads: they never keep the JVM
   * alive.
   */
  private static final ExecutorService PUMPS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "gocrossbuild-output");
            t.setDaemon(true);
            return t;
          });

  /** Every process this class started since the JVM began. */
  private static final AtomicLong STARTED = new AtomicLong();

  private ProcessRunner() {}

  /**
   * Returns how many processes this runner has started in this JVM, so that tests and diagnostics
   * can tell what an operation spawned (compare before and after).
   *
   * @return the number of successful {@link #run} starts
   */
  public static long started() {
    return STARTED.get();
  }

  /** What a finished (or killed) process left behind. */
  public static final class Result {
    private final int exitCode;
    private final String output;
    private final boolean timedOut;

    Result(int exitCode, String output, boolean timedOut) {
      this.exitCode = exitCode;
      this.output = output;
      this.timedOut = timedOut;
    }

    /**
     * Returns the exit code.
     *
     * @return the exit code; meaningless when {@link #timedOut()}
     */
    public int exitCode() {
      return exitCode;
    }

    /**
     * Returns the merged stdout and stderr.
     *
     * @return the output
     */
    public String output() {
      return output;
    }

    /**
     * Tells whether the process was killed because its time ran out.
     *
     * @return true on timeout
     */
    public boolean timedOut() {
      return timedOut;
    }
  }

  /**
   * Runs a command to completion.
   *
   * @param argv the command and its arguments
   * @param dir the working directory
   * @param environment the complete environment of the child (the JVM's is not inherited)
   * @param timeout the time limit, or empty for none
   * @param lines receives each output line as it arrives
   * @return the result
   * @throws UncheckedIOException when the command cannot be started
   * @throws GoCrossBuildException when the calling thread is interrupted (the tree is killed)
   */
  public static Result run(
      List<String> argv,
      Path dir,
      Map<String, String> environment,
      Optional<Duration> timeout,
      Consumer<String> lines) {
    ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().putAll(environment);
    Process process;
    try {
      process = pb.start();
      STARTED.incrementAndGet();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + argv.get(0) + ": " + e.getMessage(), e);
    }
    try {
      process.getOutputStream().close();
    } catch (IOException ignored) {
      // The child gets no input either way.
    }
    StringBuilder output = new StringBuilder();
    Future<?> reader = PUMPS.submit(() -> pump(process, output, lines));
    try {
      boolean finished;
      if (timeout.isPresent()) {
        finished = process.waitFor(timeout.get().toNanos(), TimeUnit.NANOSECONDS);
      } else {
        process.waitFor();
        finished = true;
      }
      if (!finished) {
        killTree(process);
      }
      awaitOutput(reader);
      synchronized (output) {
        return new Result(finished ? process.exitValue() : -1, output.toString(), !finished);
      }
    } catch (InterruptedException e) {
      killTree(process);
      Thread.currentThread().interrupt();
      throw new GoCrossBuildException("interrupted while running " + argv.get(0), e);
    }
  }

  /** Waits for the output to be read to its end; the pipe closes when the process tree is gone. */
  private static void awaitOutput(Future<?> reader) throws InterruptedException {
    try {
      reader.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // What was read is kept; a grandchild holding the pipe open must not hang the build.
    }
  }

  private static void pump(Process process, StringBuilder output, Consumer<String> lines) {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      long dropped = 0;
      while ((line = r.readLine()) != null) {
        synchronized (output) {
          if (output.length() + line.length() < MAX_OUTPUT_CHARS) {
            output.append(line).append('\n');
          } else {
            dropped += line.length() + 1;
          }
        }
        try {
          lines.accept(line);
        } catch (RuntimeException ignored) {
          // A faulty listener must not break the build.
        }
      }
      if (dropped > 0) {
        synchronized (output) {
          output.append("[... ").append(dropped).append(" more characters of output dropped]\n");
        }
      }
    } catch (IOException ignored) {
      // The stream closes when the process is killed; what was read is kept.
    }
  }

  /**
   * Kills a process and every descendant, children first so none is re-parented and survives.
   *
   * @param process the process
   */
  public static void killTree(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
