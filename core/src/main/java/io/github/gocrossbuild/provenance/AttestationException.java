package io.github.gocrossbuild.provenance;

import io.github.gocrossbuild.GoCrossBuildException;
import java.util.Objects;

/**
 * Thrown when an attestation cannot be made or does not verify: names the input (a file or the
 * statement), the check that failed, the problem and the fix.
 */
public class AttestationException extends GoCrossBuildException {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final AttestationCheck check;

  /**
   * Creates the exception.
   *
   * @param input the input at fault, e.g. the envelope's path
   * @param check the check that failed
   * @param problem what is wrong with the input
   * @param fix what to do about it
   */
  public AttestationException(String input, AttestationCheck check, String problem, String fix) {
    this(input, check, problem, fix, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param input the input at fault, e.g. the envelope's path
   * @param check the check that failed
   * @param problem what is wrong with the input
   * @param fix what to do about it
   * @param cause the underlying failure, or null
   */
  public AttestationException(
      String input, AttestationCheck check, String problem, String fix, Throwable cause) {
    super(
        String.format(
            "%s: %s (%s check failed); %s",
            Objects.requireNonNull(input, "input"), problem, check, fix),
        cause);
    this.input = input;
    this.check = Objects.requireNonNull(check, "check");
  }

  /**
   * Returns the input at fault.
   *
   * @return e.g. {@code bin/app-linux-arm64.intoto.jsonl}
   */
  public String input() {
    return input;
  }

  /**
   * Returns the check that failed.
   *
   * @return the check
   */
  public AttestationCheck check() {
    return check;
  }
}
