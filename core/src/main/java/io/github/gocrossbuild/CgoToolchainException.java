package io.github.gocrossbuild;

import java.util.List;

/**
 * Thrown before {@code go build} runs when a cgo build has no working C compiler for its target:
 * none was found, or the one found cannot compile and link a tiny C program for the target (a
 * missing libc for the target, say). The message names the target, every place looked and the fix.
 */
public class CgoToolchainException extends GoCrossBuildException {
  private static final long serialVersionUID = 1L;

  private final transient Target target;
  private final List<String> placesLooked;
  private final String fix;

  /**
   * Creates the exception.
   *
   * @param target the build's target
   * @param problem what is wrong, one sentence
   * @param placesLooked every place looked, each with what was found there
   * @param fix what to install or set, for the platform the library runs on
   */
  public CgoToolchainException(
      Target target, String problem, List<String> placesLooked, String fix) {
    super(
        String.format(
            "cgo build for %s: %s%nLooked at:%n  %s%nFix: %s",
            target, problem, String.join(System.lineSeparator() + "  ", placesLooked), fix));
    this.target = target;
    this.placesLooked = List.copyOf(placesLooked);
    this.fix = fix;
  }

  /**
   * Returns the target the build was for.
   *
   * @return e.g. {@code linux/riscv64}
   */
  public Target target() {
    return target;
  }

  /**
   * Returns every place looked, in order, each with what was found there.
   *
   * @return e.g. {@code riscv64-linux-gnu-gcc: not on PATH (/usr/bin:/bin)}
   */
  public List<String> placesLooked() {
    return placesLooked;
  }

  /**
   * Returns the fix for the platform the library runs on.
   *
   * @return e.g. {@code sudo apt-get install gcc-riscv64-linux-gnu libc6-dev-riscv64-cross}
   */
  public String fix() {
    return fix;
  }
}
