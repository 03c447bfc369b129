package io.github.gocrossbuild.internal.config;

import io.github.gocrossbuild.GoOs;
import java.util.Map;
import java.util.Optional;

/**
 * Where desktop VS Code keeps the user's settings, the scope under a local workspace's settings (as
 * the VS Code Server's machine settings are under a remote one).
 */
public final class UserSettings {
  private UserSettings() {}

  /**
   * Returns the user settings file of VS Code on a machine.
   *
   * @param os the machine's operating system
   * @param env VS Code's process environment ({@code HOME}, {@code XDG_CONFIG_HOME}, {@code
   *     APPDATA})
   * @return the file, or empty when the environment does not say where it is
   */
  public static Optional<String> path(GoOs os, Map<String, String> env) {
    Optional<String> home = nonEmpty(env.get("HOME"));
    return switch (os) {
      case WINDOWS -> nonEmpty(env.get("APPDATA")).map(a -> a + "\\Code\\User\\settings.json");
      case DARWIN -> home.map(h -> h + "/Library/Application Support/Code/User/settings.json");
      default ->
          nonEmpty(env.get("XDG_CONFIG_HOME"))
              .or(() -> home.map(h -> h + "/.config"))
              .map(c -> c + "/Code/User/settings.json");
    };
  }

  private static Optional<String> nonEmpty(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isEmpty());
  }
}
