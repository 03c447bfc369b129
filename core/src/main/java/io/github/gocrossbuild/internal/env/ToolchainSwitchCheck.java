package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.GoVersion;
import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvFinding.Severity;
import io.github.gocrossbuild.env.EnvFindingId;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.env.ToolchainFacts;
import io.github.gocrossbuild.internal.GoModFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A go.mod whose {@code go} or {@code toolchain} line is newer than the local toolchain: under
 * GOTOOLCHAIN=auto every go command (even {@code go env}) tries to download that toolchain, under
 * {@code local} it fails, under {@code path} it needs the version on PATH.
 */
final class ToolchainSwitchCheck {
  private ToolchainSwitchCheck() {}

  static Optional<EnvFinding> check(ResolvedEnv env, ToolchainFacts facts, Path moduleDir) {
    Path goMod = moduleDir.resolve("go.mod");
    Optional<GoVersion> local = facts.goVersion().flatMap(GoVersion::tryParse);
    if (local.isEmpty()) {
      return Optional.empty();
    }
    Optional<GoModFile> file;
    try {
      file = GoModFile.read(moduleDir);
    } catch (IOException e) {
      return Optional.empty();
    }
    Optional<GoVersion> go = file.flatMap(GoModFile::go).flatMap(GoVersion::tryParse);
    if (go.isEmpty()) {
      return Optional.empty();
    }
    String goLine = go.get().number();
    GoVersion required = go.get();
    String line = "go " + goLine;
    Optional<GoVersion> tc =
        file.get().toolchain().filter(t -> t.startsWith("go")).flatMap(GoVersion::tryParse);
    if (tc.isPresent() && tc.get().isNewerThan(required)) {
      required = tc.get();
      line = "toolchain " + required;
    }
    if (!required.isNewerThan(local.get())) {
      return Optional.empty();
    }
    String setting = env.get("GOTOOLCHAIN").orElse("");
    String from = EnvChecks.origin(env.explain("GOTOOLCHAIN"));
    String head = String.format("%s says `%s`, newer than the local %s", goMod, line, local.get());
    if (setting.isEmpty() || setting.startsWith("local") && !setting.contains("+")) {
      if (!go.get().isNewerThan(local.get())) {
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
          "makes go look for %s on PATH and fail if it is not there. Install it, or lower the"
              + " line.";
    } else if (setting.equals("auto") || setting.endsWith("+auto")) {
      consequence =
          "makes every go command download golang.org/toolchain@v0.0.1-%1$s.<GOHOSTOS>-"
              + "<GOHOSTARCH> first (it fails offline or with GOSUMDB=off). Install %1$s, or"
              + " set GOTOOLCHAIN=local to fail fast instead.";
    } else {
      return Optional.empty();
    }
    return Optional.of(finding(Severity.WARNING, head + ";", setting, from, consequence, required));
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
    return EnvFinding.of(EnvFindingId.GOTOOLCHAIN_SWITCH, severity, message, "GOTOOLCHAIN");
  }
}
