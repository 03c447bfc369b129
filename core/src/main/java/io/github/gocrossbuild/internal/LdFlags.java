package io.github.gocrossbuild.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the {@code -ldflags} value so that every argument reaches the linker intact: Go splits the
 * value with {@code cmd/internal/quoted.Split}, so each argument is quoted with {@link
 * GoQuotedFields#quote(String)}.
 */
public final class LdFlags {

  private LdFlags() {}

  /**
   * Joins the linker arguments into one {@code -ldflags} value.
   *
   * @param strip whether {@code -s -w} lead
   * @param args the caller's arguments; {@code "-X name=value"} as one string is split into {@code
   *     -X} and {@code name=value}, and quotes around {@code name=value} are removed
   * @return the value, or empty when there are no arguments
   * @throws IllegalArgumentException when an argument holds both quote kinds
   */
  public static Optional<String> join(boolean strip, List<String> args) {
    List<String> all = new ArrayList<>();
    if (strip) {
      all.add("-s");
      all.add("-w");
    }
    for (String arg : args) {
      all.addAll(expand(arg));
    }
    if (all.isEmpty()) {
      return Optional.empty();
    }
    List<String> quoted = new ArrayList<>();
    for (String arg : all) {
      try {
        quoted.add(GoQuotedFields.quote(arg));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            String.format(
                "ldflags: argument %s contains both single and double quotes; Go cannot pass it to"
                    + " the linker",
                arg),
            e);
      }
    }
    return Optional.of(String.join(" ", quoted));
  }

  static List<String> expand(String arg) {
    if (arg.startsWith("-X ") && arg.length() > 3) {
      String rest = arg.substring(3).strip();
      if (rest.length() >= 2) {
        char first = rest.charAt(0);
        if ((first == '\'' || first == '"') && rest.charAt(rest.length() - 1) == first) {
          rest = rest.substring(1, rest.length() - 1);
        }
      }
      return List.of("-X", rest);
    }
    return List.of(arg);
  }
}
