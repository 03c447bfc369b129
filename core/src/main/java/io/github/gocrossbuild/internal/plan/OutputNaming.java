package io.github.gocrossbuild.internal.plan;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.GoModFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names artifacts {@code <name>-<goos>-<goarch>[-<variant>]<suffix>}, where the name is the last
 * element of the package path (of the module path for {@code .}), as {@code go build} names it.
 */
public final class OutputNaming {
  private static final Pattern MAJOR = Pattern.compile("v[0-9]+");

  private OutputNaming() {}

  /**
   * Derives the base name of the executable.
   *
   * @param moduleDir the module directory
   * @param pkg the package as given to the builder
   * @return the base name
   * @throws IllegalArgumentException when no name can be derived
   */
  public static String baseName(Path moduleDir, String pkg) {
    String path = pkg.replace('\\', '/');
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.equals(".") || path.isEmpty()) {
      path =
          modulePath(moduleDir)
              .orElse(moduleDir.toAbsolutePath().normalize().getFileName().toString());
    } else if (path.startsWith(".")) {
      path = moduleDir.resolve(path).normalize().toString().replace('\\', '/');
      String module = modulePath(moduleDir).orElse(null);
      if (module != null && moduleDir.resolve(pkg).normalize().equals(moduleDir.normalize())) {
        path = module;
      }
    }
    return lastElement(path);
  }

  static String lastElement(String importPath) {
    String[] parts = importPath.split("/");
    String last = parts[parts.length - 1];
    if (parts.length > 1 && MAJOR.matcher(last).matches()) {
      last = parts[parts.length - 2];
    }
    if (last.isEmpty() || last.equals(".") || last.equals("..")) {
      throw new IllegalArgumentException(
          "pkg: cannot derive a binary name from \"" + importPath + "\"; call binaryName(...)");
    }
    return last;
  }

  /**
   * Reads the module path from {@code go.mod}.
   *
   * @param moduleDir the module directory
   * @return the module path, or empty without a readable go.mod
   */
  public static Optional<String> modulePath(Path moduleDir) {
    try {
      return GoModFile.read(moduleDir).flatMap(GoModFile::module);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read " + moduleDir.resolve("go.mod") + ": " + e.getMessage(), e);
    }
  }

  /**
   * Names the artifact of a target.
   *
   * @param baseName the base name
   * @param target the target
   * @return e.g. {@code app-linux-arm64}, {@code app-linux-arm-v7}, {@code app-windows-amd64.exe}
   */
  public static String fileName(String baseName, Target target) {
    StringBuilder sb =
        new StringBuilder(baseName)
            .append('-')
            .append(target.goos().goName())
            .append('-')
            .append(target.goarch().goName());
    target
        .variant()
        .ifPresent(
            v -> sb.append('-').append(target.goarch() == GoArch.ARM ? "v" + v : v).toString());
    String name = sb.toString().replace(',', '-');
    String suffix = target.executableSuffix();
    return name.endsWith(suffix) ? name : name + suffix;
  }
}
