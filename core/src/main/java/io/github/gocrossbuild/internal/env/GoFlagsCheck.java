package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvFinding.Severity;
import io.github.gocrossbuild.env.EnvFindingId;
import io.github.gocrossbuild.env.ResolvedEnv;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GOFLAGS as {@code cmd/go} splits it ({@code cmd/internal/quoted.Split}: whitespace-separated
 * words, a word wholly quoted with ' or "), so that shell-style quoting inside a word, which Go
 * does not understand, and flags the command line overrides are both reported.
 */
final class GoFlagsCheck {

  private GoFlagsCheck() {}

  static Optional<EnvFinding> check(ResolvedEnv env, List<String> commandFlags, String where) {
    String goflags = env.get("GOFLAGS").orElse("");
    if (goflags.isBlank()) {
      return Optional.empty();
    }
    String origin = EnvChecks.origin(env.explain("GOFLAGS"));
    Optional<List<String>> words = split(goflags);
    if (words.isEmpty()) {
      return Optional.of(
          finding(
              Severity.ERROR,
              "GOFLAGS="
                  + goflags
                  + " from "
                  + origin
                  + " has an unterminated quote; every go command fails with \"parsing $GOFLAGS\"."
                  + " Quote whole words only, e.g. GOFLAGS=\"'-ldflags=-s -w' -trimpath\"."));
    }
    String failing = null;
    boolean quoted = false;
    for (String w : words.get()) {
      boolean hasQuote = w.contains("'") || w.contains("\"");
      quoted |= hasQuote;
      int eq = w.indexOf('=');
      boolean quoteInValue = hasQuote && eq >= 0 && eq < Math.max(w.indexOf('\''), w.indexOf('"'));
      if (failing == null && (!w.startsWith("-") || hasQuote && !quoteInValue)) {
        failing = w;
      }
    }
    if (failing != null || quoted) {
      String fails =
          failing == null
              ? "the quote characters end up inside the flag value"
              : "go fails with \"parsing $GOFLAGS: unknown flag " + failing + "\"";
      return Optional.of(
          finding(
              Severity.ERROR,
              "GOFLAGS="
                  + goflags
                  + " from "
                  + origin
                  + " is mis-quoted: go splits it at spaces into "
                  + words.get()
                  + " and removes quotes"
                  + " only around a whole word, so "
                  + fails
                  + ". Quote the whole word:"
                  + " GOFLAGS=\"'-ldflags=-s -w' -trimpath\"."));
    }
    List<String> overridden = new ArrayList<>();
    for (String w : words.get()) {
      String name = w.replaceFirst("^--", "-").split("=", 2)[0];
      if (commandFlags.contains(name) && !overridden.contains(name)) {
        overridden.add(name);
      }
    }
    if (!overridden.isEmpty()) {
      return Optional.of(
          finding(
              Severity.WARNING,
              "GOFLAGS="
                  + goflags
                  + " from "
                  + origin
                  + " sets "
                  + String.join(", ", overridden)
                  + ", which "
                  + where
                  + " sets too; the"
                  + " command line wins and the GOFLAGS value is silently dropped (repeated -ldflags do"
                  + " not add up). Keep each flag in one place."));
    }
    return Optional.empty();
  }

  /**
   * Splits like {@code quoted.Split}.
   *
   * @param s the value
   * @return the words, or empty for an unterminated quote
   */
  static Optional<List<String>> split(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (true) {
      while (i < s.length() && " \t\n\r".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      if (i >= s.length()) {
        return Optional.of(out);
      }
      char q = s.charAt(i);
      if (q == '\'' || q == '"') {
        int end = s.indexOf(q, i + 1);
        if (end < 0) {
          return Optional.empty();
        }
        out.add(s.substring(i + 1, end));
        i = end + 1;
        continue;
      }
      int end = i;
      while (end < s.length() && " \t\n\r".indexOf(s.charAt(end)) < 0) {
        end++;
      }
      out.add(s.substring(i, end));
      i = end;
    }
  }

  private static EnvFinding finding(Severity severity, String message) {
    return EnvFinding.of(EnvFindingId.GOFLAGS_CONFLICT, severity, message, "GOFLAGS");
  }
}
