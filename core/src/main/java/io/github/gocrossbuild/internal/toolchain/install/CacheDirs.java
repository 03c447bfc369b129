package io.github.gocrossbuild.internal.toolchain.install;

import io.github.gocrossbuild.GoOs;
import java.util.Map;

/**
 * Where each OS keeps per-user caches: {@code $XDG_CACHE_HOME} or {@code ~/.cache} on Linux and
 * other Unix systems, {@code ~/Library/Caches} on macOS, {@code %LOCALAPPDATA%} on Windows. Worked
 * out as a string with the OS's own separator, so every OS's rule can be tested anywhere.
 */
public final class CacheDirs {
  private static final String APP = "gocrossbuild";

  private CacheDirs() {}

  /**
   * Returns the default directory for downloaded Go distributions.
   *
   * @param os the OS the JVM runs on
   * @param env its environment
   * @param home the user's home directory
   * @return e.g. {@code /home/ann/.cache/gocrossbuild}
   */
  public static String defaultFor(GoOs os, Map<String, String> env, String home) {
    return switch (os) {
      case WINDOWS -> {
        String local = env.getOrDefault("LOCALAPPDATA", "");
        yield (local.isEmpty() ? home + "\\AppData\\Local" : local) + "\\" + APP;
      }
      case DARWIN, IOS -> home + "/Library/Caches/" + APP;
      default -> {
        // The XDG spec says relative values are invalid and must be ignored.
        String xdg = env.getOrDefault("XDG_CACHE_HOME", "");
        yield (xdg.startsWith("/") ? xdg : home + "/.cache") + "/" + APP;
      }
    };
  }
}
