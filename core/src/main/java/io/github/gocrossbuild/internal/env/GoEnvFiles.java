package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.spi.FileView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Locates and reads the go env files the way {@code cmd/go} does: the user's file ({@code GOENV},
 * else {@code os.UserConfigDir()/go/env}) and {@code $GOROOT/go.env}.
 */
public final class GoEnvFiles {
  /** Env files larger than this are not Go's: {@code go env -w} writes a few lines. */
  private static final int MAX_SIZE = 1024 * 1024;

  private GoEnvFiles() {}

  /**
   * Returns where Go looks for the user's env file, with the rules of the host OS.
   *
   * @param os the operating system the {@code go} command runs on
   * @param env the process environment
   * @return the path as a string, or empty for {@code GOENV=off} or when no config dir is known
   */
  public static Optional<String> userEnvFile(GoOs os, Map<String, String> env) {
    String goenv = env.getOrDefault("GOENV", "");
    if (goenv.equals("off")) {
      return Optional.empty();
    }
    if (!goenv.isEmpty()) {
      return Optional.of(goenv);
    }
    return userConfigDir(os, env).map(dir -> join(os, join(os, dir, "go"), "env"));
  }

  /**
   * Mirrors Go's {@code os.UserConfigDir}.
   *
   * @param os the operating system
   * @param env the process environment
   * @return the config directory, or empty when the variables it needs are unset
   */
  static Optional<String> userConfigDir(GoOs os, Map<String, String> env) {
    return PathRules.userConfigDir(os, env);
  }

  private static String join(GoOs os, String dir, String name) {
    String sep = os == GoOs.WINDOWS ? "\\" : "/";
    return dir.endsWith(sep) ? dir + name : dir + sep + name;
  }

  /**
   * Parses env file content exactly as {@code cmd/go} does: lines without {@code =} or not starting
   * with an upper-case letter are ignored; a later line wins.
   *
   * @param content the file content
   * @return name to value in file order
   */
  public static Map<String, String> parse(String content) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : content.split("\n", -1)) {
      int eq = line.indexOf('=');
      if (eq < 0 || line.isEmpty() || line.charAt(0) < 'A' || line.charAt(0) > 'Z') {
        continue;
      }
      out.put(line.substring(0, eq), line.substring(eq + 1));
    }
    return out;
  }

  /**
   * Reads an env file; a missing, unreadable or oversized file counts as empty, as in Go.
   *
   * @param file the file
   * @return name to value
   */
  public static Map<String, String> read(Path file) {
    return read(FileView.local(), file.toString());
  }

  /**
   * Reads an env file on the machine where go runs, as {@link #read(Path)} does.
   *
   * @param files that machine's files
   * @param path the file's absolute path there
   * @return name to value
   */
  public static Map<String, String> read(FileView files, String path) {
    try {
      if (files.kind(path) != FileView.Kind.FILE) {
        return Map.of();
      }
      byte[] bytes = files.read(path, MAX_SIZE);
      return bytes.length > MAX_SIZE ? Map.of() : parse(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException | SecurityException e) {
      return Map.of();
    }
  }

  /**
   * Reads {@code $GOROOT/go.env}, dropping GOROOT (Go ignores it there).
   *
   * @param goRoot the toolchain root
   * @return name to value
   */
  public static Map<String, String> readGoRootEnv(Path goRoot) {
    Map<String, String> values = new LinkedHashMap<>(read(goRoot.resolve("go.env")));
    values.remove("GOROOT");
    return values;
  }
}
