package io.github.gocrossbuild.ssh;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Thrown when an ssh config file cannot be read as OpenSSH reads it, or asks for something this
 * library does not do (a {@code ProxyCommand}, a {@code Match exec}, ...): the message names the
 * file, the line, the keyword and the fix. Nothing was connected.
 */
public class SshConfigException extends SshException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final String keyword;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and what to do
   * @param alias the alias being resolved
   * @param file the config file, or null when the problem is not in one file
   * @param line the line number (1-based), or 0
   * @param keyword the keyword as written, or an empty string
   * @param cause the underlying failure, or null
   */
  public SshConfigException(
      String message, String alias, Path file, int line, String keyword, Throwable cause) {
    super(message, alias, "ssh config", cause);
    this.file = file;
    this.line = line;
    this.keyword = keyword;
  }

  /**
   * Returns the file the problem is in.
   *
   * @return the file, empty when the problem spans files (an {@code Include} loop's start)
   */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /**
   * Returns the line the problem is on.
   *
   * @return the 1-based line, 0 when not on one line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the keyword the problem is about.
   *
   * @return e.g. {@code ProxyCommand} or {@code Match}; empty when none
   */
  public String keyword() {
    return keyword;
  }
}
