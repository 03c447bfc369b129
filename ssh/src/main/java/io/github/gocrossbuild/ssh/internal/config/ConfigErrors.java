package io.github.gocrossbuild.ssh.internal.config;

import io.github.gocrossbuild.ssh.SshConfigException;
import java.nio.file.Path;
import java.util.Locale;

/** Builds the {@link SshConfigException}s of this package, one message format each. */
public final class ConfigErrors {
  private ConfigErrors() {}

  /**
   * A problem on one line.
   *
   * @param alias the alias being resolved
   * @param file the file
   * @param line the 1-based line
   * @param keyword the keyword as written
   * @param format the problem and fix, a {@link String#format} pattern
   * @param args its arguments
   * @return the exception to throw
   */
  public static SshConfigException at(
      String alias, Path file, int line, String keyword, String format, Object... args) {
    String msg =
        String.format(
            Locale.ROOT,
            "%s line %d: %s (while reading the ssh config for \"%s\")",
            file,
            line,
            String.format(Locale.ROOT, format, args),
            alias);
    return new SshConfigException(msg, alias, file, line, keyword, null);
  }

  /**
   * A problem on one line.
   *
   * @param alias the alias being resolved
   * @param where the line
   * @param format the problem and fix
   * @param args its arguments
   * @return the exception to throw
   */
  public static SshConfigException at(
      String alias, ConfigLine where, String format, Object... args) {
    return at(alias, where.file(), where.line(), where.keyword(), format, args);
  }

  /**
   * Refuses a keyword this library does not do.
   *
   * @param alias the alias being resolved
   * @param where the line
   * @param why what it would change and what to do instead
   * @return the exception to throw
   */
  public static SshConfigException unsupported(String alias, ConfigLine where, String why) {
    return at(alias, where, "%s is not supported: %s", where.keyword(), why);
  }
}
