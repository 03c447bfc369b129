package io.github.gocrossbuild.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoOs;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests for {@link UserSettings}: where desktop VS Code keeps user settings on each system. */
class UserSettingsTest {
  @Test
  void shouldFollowEachSystemsConfigurationDirectory() {
    assertThat(UserSettings.path(GoOs.LINUX, Map.of("HOME", "/home/me")))
        .contains("/home/me/.config/Code/User/settings.json");
    assertThat(UserSettings.path(GoOs.LINUX, Map.of("HOME", "/home/me", "XDG_CONFIG_HOME", "/cfg")))
        .contains("/cfg/Code/User/settings.json");
    assertThat(UserSettings.path(GoOs.DARWIN, Map.of("HOME", "/Users/me")))
        .contains("/Users/me/Library/Application Support/Code/User/settings.json");
    assertThat(
            UserSettings.path(GoOs.WINDOWS, Map.of("APPDATA", "C:\\Users\\me\\AppData\\Roaming")))
        .contains("C:\\Users\\me\\AppData\\Roaming\\Code\\User\\settings.json");
    assertThat(UserSettings.path(GoOs.LINUX, Map.of("HOME", ""))).isEmpty();
  }
}
