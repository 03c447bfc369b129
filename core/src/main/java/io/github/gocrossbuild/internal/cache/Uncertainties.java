package io.github.gocrossbuild.internal.cache;

import io.github.gocrossbuild.internal.plan.TargetPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What makes a build's bytes depend on more than the key covers: inputs outside the module
 * directory ({@code go.work}, a {@code replace} to a local directory, {@code -modfile}), version
 * control stamping, and flags that hand the compile to other programs or files ({@code -toolexec},
 * {@code -overlay}). Each is a reason to miss, never a guess.
 */
final class Uncertainties {
  private static final List<String> UNHASHABLE_FLAGS = List.of("-toolexec", "-overlay", "-modfile");

  /** Directories and files that mark a version control checkout, as cmd/go looks for them. */
  private static final List<String> VCS_MARKERS =
      List.of(".git", ".hg", ".svn", ".bzr", ".fslckout", "_FOSSIL_");

  private Uncertainties() {}

  /**
   * Returns why a plan's build cannot be keyed, if it cannot.
   *
   * @param plan the plan
   * @return the first reason found, or empty
   */
  static Optional<String> of(TargetPlan plan) {
    List<String> flags = new ArrayList<>(plan.flags());
    String goflags = plan.environment().get("GOFLAGS").orElse("");
    flags.addAll(List.of(goflags.trim().split("\\s+")));
    for (String flag : flags) {
      String name = flag.startsWith("--") ? flag.substring(1) : flag;
      for (String unhashable : UNHASHABLE_FLAGS) {
        if (name.equals(unhashable) || name.startsWith(unhashable + "=")) {
          return Optional.of(
              String.format(
                  "the build passes %s, whose programs or files the key cannot cover", unhashable));
        }
      }
    }
    Path module = plan.moduleDir().toAbsolutePath().normalize();
    Optional<String> workspace = workspace(module, plan.environment().get("GOWORK").orElse(""));
    if (workspace.isPresent()) {
      return workspace;
    }
    Optional<String> replace = localReplace(module);
    if (replace.isPresent()) {
      return replace;
    }
    boolean stamps = !flags.contains("-buildvcs=false");
    return stamps ? vcs(module) : Optional.empty();
  }

  private static Optional<String> workspace(Path module, String gowork) {
    if (gowork.equals("off")) {
      return Optional.empty();
    }
    if (!gowork.isEmpty()) {
      return Optional.of(
          String.format(
              "GOWORK names %s: go.work and the directories it uses are not covered by the key",
              gowork));
    }
    for (Path dir = module; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("go.work"))) {
        return Optional.of(
            String.format(
                "%s applies: go.work and the directories it uses are not covered by the key; set"
                    + " GOWORK=off to build the module alone",
                dir.resolve("go.work")));
      }
    }
    return Optional.empty();
  }

  /** A replacement is a directory when its path starts with ./ or ../ or is absolute (go.mod). */
  static Optional<String> localReplace(Path module) {
    Path goMod = module.resolve("go.mod");
    List<String> lines;
    try {
      lines =
          Files.isRegularFile(goMod)
              ? Files.readAllLines(goMod, StandardCharsets.UTF_8)
              : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + goMod, e);
    }
    boolean inBlock = false;
    for (String raw : lines) {
      String line = raw.replaceAll("//.*", "").trim();
      if (line.startsWith("replace") && line.endsWith("(")) {
        inBlock = true;
        continue;
      }
      if (inBlock && line.equals(")")) {
        inBlock = false;
        continue;
      }
      boolean directive = line.startsWith("replace ") || line.startsWith("replace\t");
      int arrow = line.indexOf("=>");
      if ((inBlock || directive) && arrow >= 0) {
        String target = line.substring(arrow + 2).trim().split("\\s+")[0].replace("\"", "");
        if (isLocalPath(target)) {
          return Optional.of(
              String.format(
                  "go.mod replaces a module with the local directory %s, which the key does not"
                      + " cover",
                  target));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether a replacement is a directory, as go.mod reads it ({@code
   * modfile.IsDirectoryPath}): {@code .} or {@code ..}, a path starting with {@code ./} or {@code
   * ../} (or backslashes), or an absolute path.
   *
   * @param path the right-hand side of a replace directive, unquoted
   * @return true for a local directory
   */
  static boolean isLocalPath(String path) {
    return path.matches("\\.\\.?([/\\\\].*)?|[/\\\\].*|[A-Za-z]:[/\\\\].*");
  }

  private static Optional<String> vcs(Path module) {
    for (Path dir = module; dir != null; dir = dir.getParent()) {
      for (String marker : VCS_MARKERS) {
        if (Files.exists(dir.resolve(marker))) {
          return Optional.of(
              String.format(
                  "the build stamps version control information from %s, which the key does not"
                      + " cover; pass buildvcs(false) to cache it",
                  dir.resolve(marker)));
        }
      }
    }
    return Optional.empty();
  }
}
