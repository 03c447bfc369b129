package io.github.gocrossbuild.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a real tool to its end, with no input, for tests that use it as an oracle. */
final class ToolProcess {
  private ToolProcess() {}

  /**
   * What the tool did.
   *
   * @param exitCode its exit code
   * @param output what it printed (standard output, and standard error when asked for)
   */
  record Outcome(int exitCode, String output) {}

  /**
   * Runs the tool.
   *
   * @param argv the command
   * @param withStandardError whether standard error joins the output (else it is dropped)
   * @return the outcome
   */
  static Outcome run(List<String> argv, boolean withStandardError) {
    return run(argv, withStandardError, null);
  }

  /**
   * Runs the tool in a directory.
   *
   * @param argv the command
   * @param withStandardError whether standard error joins the output (else it is dropped)
   * @param directory its working directory, or null for this process's
   * @return the outcome
   */
  static Outcome run(List<String> argv, boolean withStandardError, Path directory) {
    try {
      ProcessBuilder pb = new ProcessBuilder(argv);
      if (directory != null) {
        pb.directory(directory.toFile());
      }
      if (withStandardError) {
        pb.redirectErrorStream(true);
      } else {
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
      }
      Process p = pb.start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(argv.get(0) + " did not finish in 120 s: " + out);
      }
      return new Outcome(p.exitValue(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
