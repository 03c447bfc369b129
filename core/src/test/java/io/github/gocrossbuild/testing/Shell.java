package io.github.gocrossbuild.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

/** Runs a command line with {@code sh -c}, for tests that drive a real tool by hand (openssl). */
public final class Shell {
  private Shell() {}

  /**
   * Runs a command line in a directory and asserts that it exits 0.
   *
   * @param directory the working directory
   * @param command the command line
   * @return what it printed, standard error included
   */
  public static String run(Path directory, String command) {
    ToolProcess.Outcome o = ToolProcess.run(List.of("sh", "-c", command), true, directory);
    assertThat(o.exitCode()).as(o.output()).isZero();
    return o.output();
  }
}
