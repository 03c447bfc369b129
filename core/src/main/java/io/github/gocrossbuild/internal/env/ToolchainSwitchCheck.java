package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvFinding.Severity;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.env.ToolchainFacts;
import io.github.gocrossbuild.internal.GoModFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A go.mod whose {@code go} or {@code toolchain} line is newer than the local toolchain: under
 * GOTOOLCHAIN=auto every go command (even {@code go env}) tries to download that toolchain, under
 * {@code local} it fails, under {@code path} it needs the version on PATH.
 */
final class ToolchainSwitchCheck {
  private static final Pattern VERSION =
      Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:(rc|beta)(\\d+))?.*");

  private ToolchainSwitchCheck() {}

  static Optional<EnvFinding> check(ResolvedEnv env, ToolchainFacts facts, Path moduleDir) {
    Path goMod = moduleDir.resolve("go.mod");
    Optional<String> local = facts.goVersion().map(v -> v.startsWith("go") ? v.substring(2) : v);
    if (local.isEmpty()) {
      return Optional.empty();
    }
    Optional<GoModFile> file;
    try {
      file = GoModFile.read(moduleDir);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (file.isEmpty() || file.get().go().isEmpty()) {
      return Optional.empty();
    }
    String goLine = file.get().go().get();
    String required = goLine;
    String line = "go " + goLine;
    Optional<String> tc = file.get().toolchain().filter(t -> t.startsWith("go"));
    if (tc.isPresent() && compare(tc.get().substring(2), required) > 0) {
      required = tc.get().substring(2);
      line = "toolchain go" + required;
    }
    if (compare(required, local.get()) <= 0) {
      return Optional.empty();
    }
    String setting = env.get("GOTOOLCHAIN").orElse("");
    String from = EnvChecks.origin(env.explain("GOTOOLCHAIN"));
    String head =
        String.format("%s says `%s`, newer than the local go%s", goMod, line, local.get());
    if (setting.isEmpty() || setting.startsWith("local") && !setting.contains("+")) {
      if (compare(goLine, local.get()) <= 0) {
        return Optional.empty();
      }
      return Optional.of(
          finding(
              Severity.ERROR,
              head + ", and",
              setting.isEmpty() ? "(unset, meaning local)" : setting,
              from,
              "forbids switching: go fails with \"go.mod requires go >= %1$s\". Install go%1$s or"
                  + " newer, or allow GOTOOLCHAIN=auto.",
              goLine));
    }
    String consequence;
    if (setting.endsWith("path")) {
      consequence =
          "makes go look for go%s on PATH and fail if it is not there. Install it, or lower the"
              + " line.";
    } else if (setting.equals("auto") || setting.endsWith("+auto")) {
      consequence =
          "makes every go command download golang.org/toolchain@v0.0.1-go%1$s.<GOHOSTOS>-"
              + "<GOHOSTARCH> first (it fails offline or with GOSUMDB=off). Install go%1$s, or"
              + " set GOTOOLCHAIN=local to fail fast instead.";
    } else {
      return Optional.empty();
    }
    return Optional.of(finding(Severity.WARNING, head + ";", setting, from, consequence, required));
  }

  /**
   * Compares Go versions as the toolchain switch does: a bare {@code 1.21} equals {@code 1.21.0},
   * and release candidates and betas sort before the release.
   *
   * @param a a version without the go prefix
   * @param b another
   * @return negative, zero or positive
   */
  static int compare(String a, String b) {
    long[] x = parse(a);
    long[] y = parse(b);
    for (int i = 0; i < x.length; i++) {
      if (x[i] != y[i]) {
        return Long.compare(x[i], y[i]);
      }
    }
    return 0;
  }

  /** major, minor, patch, pre-release rank (rc/beta below a release). */
  private static long[] parse(String v) {
    Matcher m = VERSION.matcher(v);
    if (!m.matches()) {
      return new long[] {0, 0, 0, 0};
    }
    long pre =
        m.group(4) == null
            ? 1_000_000
            : (m.group(4).equals("rc") ? 500_000 : 0) + Long.parseLong(m.group(5));
    return new long[] {num(m.group(1)), num(m.group(2)), num(m.group(3)), pre};
  }

  private static long num(String s) {
    return s == null ? 0 : Long.parseLong(s);
  }

  /**
   * The {@code env.gotoolchain-switch} finding: what go.mod asks for, then what the GOTOOLCHAIN
   * setting makes of it.
   */
  private static EnvFinding finding(
      Severity severity,
      String head,
      String setting,
      String from,
      String consequence,
      Object... args) {
    String message =
        String.format(
            "%s GOTOOLCHAIN=%s (from %s) %s",
            head, setting, from, String.format(consequence, args));
    return EnvFinding.of("env.gotoolchain-switch", severity, message, "GOTOOLCHAIN");
  }
}
