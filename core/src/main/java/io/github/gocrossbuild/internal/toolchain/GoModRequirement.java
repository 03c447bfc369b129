package io.github.gocrossbuild.internal.toolchain;

import io.github.gocrossbuild.GoVersion;
import io.github.gocrossbuild.ToolchainTooOldException;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.internal.GoModFile;
import io.github.gocrossbuild.spi.Toolchain;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The go.mod {@code go} and {@code toolchain} lines, checked against the chosen toolchain before a
 * build: with {@code GOTOOLCHAIN=local} a {@code go} line newer than the toolchain makes every go
 * command fail, so the library says so first, naming both versions and the fix.
 */
public final class GoModRequirement {
  private GoModRequirement() {}

  /**
   * Reads a module's go.mod {@code go} line.
   *
   * @param moduleDir the module directory
   * @return the version; empty when there is no readable go.mod or no {@code go} line
   */
  static Optional<String> goLine(Path moduleDir) {
    try {
      return GoModFile.read(moduleDir).flatMap(GoModFile::go);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Throws when the module needs a newer Go than the toolchain and GOTOOLCHAIN forbids switching.
   *
   * @param moduleDir the module directory
   * @param toolchain the chosen toolchain
   * @param env the build environment
   * @throws ToolchainTooOldException when the build would fail for that reason
   */
  public static void check(Path moduleDir, Toolchain toolchain, ResolvedEnv env) {
    Optional<String> go = goLine(moduleDir);
    String setting = env.get("GOTOOLCHAIN").orElse("");
    if (go.isEmpty() || !(setting.isEmpty() || setting.equals("local"))) {
      return;
    }
    Optional<GoVersion> needed = GoVersion.tryParse(go.get());
    Optional<GoVersion> have = GoVersion.tryParse(toolchain.goVersion());
    if (needed.isPresent() && have.isPresent() && needed.get().isNewerThan(have.get())) {
      Path goMod = moduleDir.resolve("go.mod");
      throw new ToolchainTooOldException(
          String.format(
              "%s says `go %s`, newer than the chosen toolchain %s (%s at %s); with"
                  + " GOTOOLCHAIN=%s go would fail with \"go.mod requires go >= %s\". Ask for that"
                  + " version with goVersion(\"%s\") or lower the go line.",
              goMod,
              go.get(),
              toolchain.goVersion(),
              toolchain.foundBy(),
              toolchain.goCommand(),
              setting.isEmpty() ? "(unset, meaning local)" : setting,
              go.get(),
              go.get()),
          goMod,
          go.get(),
          toolchain.goVersion());
    }
  }
}
