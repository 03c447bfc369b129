package io.github.gocrossbuild.ssh.internal.config;

import java.util.List;
import java.util.Locale;

/**
 * OpenSSH's patterns ({@code match.c}): {@code *} and {@code ?} wildcards, case-sensitive, and
 * comma-separated pattern lists where a matching {@code !pattern} vetoes the list.
 */
final class Patterns {
  private Patterns() {}

  /**
   * Tells whether a {@code Host} line's patterns select a host: one positive pattern matches and no
   * negated one does.
   *
   * @param host the alias as given
   * @param patterns the words after {@code Host}
   * @return true when the block applies
   */
  static boolean host(String host, List<String> patterns) {
    return matchesAll(host, patterns);
  }

  /**
   * Matches a comma-separated pattern list, as {@code match_pattern_list} does.
   *
   * @param s the string
   * @param list e.g. {@code *.corp,!bastion.corp}
   * @param hostNames compare without case, as host names
   * @return true when a positive pattern matches and no negated one does
   */
  static boolean list(String str, String list, boolean hostNames) {
    List<String> patterns = List.of(list.split(",", -1));
    if (hostNames) {
      return matchesAll(
          str.toLowerCase(Locale.ROOT),
          patterns.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList());
    }
    return matchesAll(str, patterns);
  }

  /** One positive pattern matches and no {@code !negated} one does. */
  private static boolean matchesAll(String s, List<String> patterns) {
    boolean matched = false;
    for (String p : patterns) {
      boolean negated = p.startsWith("!");
      if (glob(s, negated ? p.substring(1) : p)) {
        if (negated) {
          return false;
        }
        matched = true;
      }
    }
    return matched;
  }

  /**
   * Matches one wildcard pattern against the whole string.
   *
   * @param s the string
   * @param p the pattern, {@code *} any run, {@code ?} any one character
   * @return true on a match
   */
  static boolean glob(String s, String p) {
    int si = 0;
    int pi = 0;
    int star = -1;
    int mark = 0;
    while (si < s.length()) {
      if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == s.charAt(si))) {
        si++;
        pi++;
      } else if (pi < p.length() && p.charAt(pi) == '*') {
        star = pi++;
        mark = si;
      } else if (star >= 0) {
        pi = star + 1;
        si = ++mark;
      } else {
        return false;
      }
    }
    while (pi < p.length() && p.charAt(pi) == '*') {
      pi++;
    }
    return pi == p.length();
  }
}
