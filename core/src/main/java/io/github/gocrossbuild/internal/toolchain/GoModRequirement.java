package io.github.gocrossbuild.internal.toolchain;

import io.github.gocrossbuild.ToolchainTooOldException;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.internal.DottedVersions;
import io.github.gocrossbuild.spi.Toolchain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The go.mod {@code go} and {@code toolchain} lines, checked against the chosen toolchain before a
 * build: with {@code GOTOOLCHAIN=local} a {@code go} line newer than the toolchain makes every go
 * command fail, so the library says so first, naming both versions and the fix.
 */
public final class GoModRequirement {
  private static final Pattern GO_LINE = Pattern.compile("(?m)^\\s*go\\s+(\\S+)\\s*(//.*)?$");
  private static final Pattern TOOLCHAIN_LINE =
      Pattern.compile("(?m)^\\s*toolchain\\s+(\\S+)\\s*(//.*)?$");
  private static final long MAX_GO_MOD = 1024 * 1024;

  /**
   * The lines of one go.mod.
   *
   * @param go the {@code go} line's version, e.g. {@code 1.22}
   * @param toolchain the {@code toolchain} line's name, e.g. {@code go1.23.5}
   */
  public record Lines(Optional<String> go, Optional<String> toolchain) {}

  private GoModRequirement() {}

  /**
   * Reads a module's go.mod.
   *
   * @param moduleDir the module directory
   * @return the lines; both empty when there is no readable go.mod
   */
  public static Lines read(Path moduleDir) {
    Path goMod = moduleDir.resolve("go.mod");
    try {
      if (!Files.isRegularFile(goMod) || Files.size(goMod) > MAX_GO_MOD) {
        return new Lines(Optional.empty(), Optional.empty());
      }
      String text = Files.readString(goMod, StandardCharsets.UTF_8);
      return new Lines(first(GO_LINE, text), first(TOOLCHAIN_LINE, text));
    } catch (IOException | RuntimeException e) {
      return new Lines(Optional.empty(), Optional.empty());
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
    Optional<String> go = read(moduleDir).go();
    String setting = env.get("GOTOOLCHAIN").orElse("");
    if (go.isEmpty() || !(setting.isEmpty() || setting.equals("local"))) {
      return;
    }
    String version = toolchain.goVersion();
    String have = version.startsWith("go") ? version.substring(2) : version;
    if (DottedVersions.compare(go.get(), have) > 0) {
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

  private static Optional<String> first(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
