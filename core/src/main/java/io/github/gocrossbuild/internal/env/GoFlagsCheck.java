package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvFinding.Severity;
import io.github.gocrossbuild.env.EnvFindingId;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.internal.GoQuotedFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GOFLAGS as {@code cmd/go} splits it ({@code cmd/internal/quoted.Split}: whitespace-separated
 * words, a word wholly quoted with ' or "), so that shell-style quoting inside a word, which Go
 * does not understand, and flags the command line overrides are both reported.
 */
final class GoFlagsCheck {
  private static final String QUOTE_WHOLE_WORDS = "GOFLAGS=\"'-ldflags=-s -w' -trimpath\"";

  private GoFlagsCheck() {}

  static Optional<EnvFinding> check(ResolvedEnv env, List<String> commandFlags, String where) {
    String goflags = env.get("GOFLAGS").orElse("");
    if (goflags.isBlank()) {
      return Optional.empty();
    }
    String origin = EnvChecks.origin(env.explain("GOFLAGS"));
    List<String> words;
    try {
      words = GoQuotedFields.split(goflags);
    } catch (IllegalArgumentException e) {
      return Optional.of(
          finding(
              Severity.ERROR,
              goflags,
              origin,
              "has an unterminated quote; every go command fails with \"parsing $GOFLAGS\"."
                  + " Quote whole words only, e.g. %s.",
              QUOTE_WHOLE_WORDS));
    }
    String failing = null;
    boolean quoted = false;
    for (String w : words) {
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
              : String.format("go fails with \"parsing $GOFLAGS: unknown flag %s\"", failing);
      return Optional.of(
          finding(
              Severity.ERROR,
              goflags,
              origin,
              "is mis-quoted: go splits it at spaces into %s and removes quotes only around a whole"
                  + " word, so %s. Quote the whole word: %s.",
              words,
              fails,
              QUOTE_WHOLE_WORDS));
    }
    List<String> overridden = new ArrayList<>();
    for (String w : words) {
      String name = w.replaceFirst("^--", "-").split("=", 2)[0];
      if (commandFlags.contains(name) && !overridden.contains(name)) {
        overridden.add(name);
      }
    }
    if (!overridden.isEmpty()) {
      return Optional.of(
          finding(
              Severity.WARNING,
              goflags,
              origin,
              "sets %s, which %s sets too; the command line wins and the GOFLAGS value is silently"
                  + " dropped (repeated -ldflags do not add up). Keep each flag in one place.",
              String.join(", ", overridden),
              where));
    }
    return Optional.empty();
  }

  /**
   * Makes a finding about the GOFLAGS value: every message starts {@code GOFLAGS=<value> from
   * <origin>}.
   */
  private static EnvFinding finding(
      Severity severity, String goflags, String origin, String problem, Object... args) {
    String message =
        EnvChecks.binding("GOFLAGS", goflags, origin) + " " + String.format(problem, args);
    return EnvFinding.of(EnvFindingId.GOFLAGS_CONFLICT, severity, message, "GOFLAGS");
  }
}
