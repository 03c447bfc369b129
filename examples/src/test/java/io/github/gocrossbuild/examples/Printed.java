package io.github.gocrossbuild.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What an example or a README block prints on standard output, captured for a test. */
final class Printed {
  private Printed() {}

  /**
   * Runs code with standard output captured, restoring it afterwards.
   *
   * @param code what to run, e.g. an example's main
   * @return the printed text
   * @throws Exception what the code throws
   */
  static String by(Code code) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      code.run();
    } finally {
      System.setOut(old);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Code that may print. */
  @FunctionalInterface
  interface Code {
    /**
     * Runs it.
     *
     * @throws Exception what it throws
     */
    void run() throws Exception;
  }
}
