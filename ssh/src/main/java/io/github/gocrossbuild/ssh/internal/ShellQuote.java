package io.github.gocrossbuild.ssh.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * POSIX single-quote quoting. Every word the library sends to a remote {@code /bin/sh} goes through
 * here, so package paths, ldflags, tags, env values and file names arrive literally, whatever they
 * hold ({@code $()}, backticks, {@code ;}, quotes, newlines).
 */
public final class ShellQuote {
  /** Words made only of these characters need no quotes; everything else is quoted. */
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  /** A variable name that {@code env} and POSIX shells accept. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private ShellQuote() {}

  /**
   * Quotes one word: inside single quotes nothing is special except the single quote itself, which
   * is written as {@code '\''}. NUL cannot be passed through a shell and is refused.
   *
   * @param word the word
   * @return the word, safe to paste into a POSIX shell command line
   * @throws IllegalArgumentException when the word contains a NUL character
   */
  public static String quote(String word) {
    if (word.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("a NUL character cannot be passed to a remote command");
    }
    if (!word.isEmpty() && SAFE.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /**
   * Quotes every word and joins them with spaces.
   *
   * @param words the argv
   * @return a command line that runs exactly that argv
   */
  public static String join(List<String> words) {
    return words.stream().map(ShellQuote::quote).collect(Collectors.joining(" "));
  }

  /**
   * Returns {@code env -i 'K=V' ... argv}: runs argv with exactly this environment, so nothing from
   * the remote login (or a refused {@code SetEnv}) leaks in.
   *
   * <p>Variables whose names are not shell names (e.g. bash's exported functions {@code
   * BASH_FUNC_x%%}) are left out: {@code env} would misread them and a build never needs them.
   *
   * @param env the complete process environment
   * @param argv the command
   * @return the command line
   */
  public static String envCommand(Map<String, String> env, List<String> argv) {
    return envPrefix(env) + " " + join(argv);
  }

  /**
   * Returns {@code env -i 'K=V' ...} without a command, for scripts that append their own (already
   * quoted) words.
   *
   * @param env the complete process environment
   * @return the prefix
   */
  public static String envPrefix(Map<String, String> env) {
    StringBuilder sb = new StringBuilder("env -i");
    env.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              if (!NAME.matcher(e.getKey()).matches()) {
                return;
              }
              sb.append(' ').append(quote(e.getKey() + "=" + e.getValue()));
            });
    return sb.toString();
  }
}
