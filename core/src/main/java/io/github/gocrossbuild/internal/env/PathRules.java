package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.GoOs;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/**
 * Go's path rules for the OS the {@code go} command runs on, independent of the JVM's OS: {@code
 * filepath.Join}/{@code Clean}, {@code os.UserConfigDir} and {@code os.UserCacheDir}.
 */
public final class PathRules {

  private PathRules() {}

  /**
   * Joins and cleans like {@code filepath.Join}.
   *
   * @param os the OS whose separator applies
   * @param dir the directory
   * @param rel a relative path written with {@code /}
   * @return the joined path
   */
  public static String join(GoOs os, String dir, String rel) {
    String sep = os == GoOs.WINDOWS ? "\\" : "/";
    return clean(os, dir + sep + rel.replace("/", sep));
  }

  /**
   * Cleans like {@code filepath.Clean}: one separator between elements, no {@code .}, {@code ..}
   * resolved where possible, no trailing separator.
   *
   * @param os the OS whose separator applies
   * @param path the path
   * @return the clean path; {@code .} for an empty path
   */
  public static String clean(GoOs os, String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean windows = os == GoOs.WINDOWS;
    String p = windows ? path.replace('/', '\\') : path;
    String sep = windows ? "\\" : "/";
    String prefix = "";
    if (windows && p.length() >= 2 && p.charAt(1) == ':') {
      prefix = p.substring(0, 2);
      p = p.substring(2);
    }
    boolean rooted = p.startsWith(sep);
    Deque<String> parts = new ArrayDeque<>();
    for (String part : p.split(java.util.regex.Pattern.quote(sep))) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
        parts.removeLast();
      } else if (!(part.equals("..") && rooted)) {
        parts.addLast(part);
      }
    }
    String body = String.join(sep, parts);
    String out = prefix + (rooted ? sep : "") + body;
    return out.isEmpty() ? "." : out;
  }

  /**
   * Mirrors Go's {@code os.UserConfigDir}.
   *
   * @param os the OS go runs on
   * @param env its process environment
   * @return the directory, or empty when Go would report an error
   */
  public static Optional<String> userConfigDir(GoOs os, Map<String, String> env) {
    switch (os) {
      case WINDOWS:
        return nonEmpty(env.get("AppData")).or(() -> nonEmpty(env.get("APPDATA")));
      case DARWIN:
      case IOS:
        return nonEmpty(env.get("HOME")).map(h -> h + "/Library/Application Support");
      case PLAN9:
        return nonEmpty(env.get("home")).map(h -> h + "/lib");
      default:
        return xdgOrHome(env, "XDG_CONFIG_HOME", "/.config");
    }
  }

  /**
   * Mirrors Go's {@code os.UserCacheDir}.
   *
   * @param os the OS go runs on
   * @param env its process environment
   * @return the directory, or empty when Go would report an error (GOCACHE is then "off")
   */
  public static Optional<String> userCacheDir(GoOs os, Map<String, String> env) {
    switch (os) {
      case WINDOWS:
        return nonEmpty(env.get("LocalAppData")).or(() -> nonEmpty(env.get("LOCALAPPDATA")));
      case DARWIN:
      case IOS:
        return nonEmpty(env.get("HOME")).map(h -> h + "/Library/Caches");
      case PLAN9:
        return nonEmpty(env.get("home")).map(h -> h + "/lib/cache");
      default:
        return xdgOrHome(env, "XDG_CACHE_HOME", "/.cache");
    }
  }

  /** A relative XDG directory is an error in Go, not a reason to fall back to HOME. */
  private static Optional<String> xdgOrHome(Map<String, String> env, String xdgVar, String rel) {
    Optional<String> xdg = nonEmpty(env.get(xdgVar));
    if (xdg.isPresent()) {
      return xdg.get().startsWith("/") ? xdg : Optional.empty();
    }
    return nonEmpty(env.get("HOME")).map(h -> h + rel);
  }

  private static Optional<String> nonEmpty(String s) {
    return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
