package io.github.gocrossbuild.internal.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoOs;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests for {@link PathRules}. */
class PathRulesTest {

  @Test
  void shouldCleanLikeFilepathClean() {
    assertThat(PathRules.clean(GoOs.LINUX, "/a//b/./c/../d/")).isEqualTo("/a/b/d");
    assertThat(PathRules.clean(GoOs.LINUX, "/../x")).isEqualTo("/x");
    assertThat(PathRules.clean(GoOs.LINUX, "../a/..")).isEqualTo("..");
    assertThat(PathRules.clean(GoOs.LINUX, "")).isEqualTo(".");
    assertThat(PathRules.clean(GoOs.WINDOWS, "C:/Users//me\\.\\go\\"))
        .isEqualTo("C:\\Users\\me\\go");
  }

  @Test
  void shouldJoinWithTheSeparatorOfTheOsGoRunsOn() {
    assertThat(PathRules.join(GoOs.LINUX, "/home/me/", "go/env")).isEqualTo("/home/me/go/env");
    assertThat(PathRules.join(GoOs.WINDOWS, "C:\\Users\\me", "go/env"))
        .isEqualTo("C:\\Users\\me\\go\\env");
  }

  @Test
  void shouldFindTheUserConfigDirPerOs() {
    Map<String, String> env = Map.of("HOME", "/h", "APPDATA", "C:\\r", "home", "/p9");
    assertThat(PathRules.userConfigDir(GoOs.LINUX, env)).contains("/h/.config");
    assertThat(PathRules.userConfigDir(GoOs.LINUX, Map.of("HOME", "/h", "XDG_CONFIG_HOME", "/x")))
        .contains("/x");
    assertThat(PathRules.userConfigDir(GoOs.LINUX, Map.of("HOME", "/h", "XDG_CONFIG_HOME", "rel")))
        .isEmpty();
    assertThat(PathRules.userConfigDir(GoOs.DARWIN, env))
        .contains("/h/Library/Application Support");
    assertThat(PathRules.userConfigDir(GoOs.WINDOWS, env)).contains("C:\\r");
    assertThat(PathRules.userConfigDir(GoOs.PLAN9, env)).contains("/p9/lib");
    assertThat(PathRules.userConfigDir(GoOs.LINUX, Map.of())).isEmpty();
  }

  @Test
  void shouldFindTheUserCacheDirPerOs() {
    Map<String, String> env = Map.of("HOME", "/h", "LOCALAPPDATA", "C:\\l");
    assertThat(PathRules.userCacheDir(GoOs.LINUX, env)).contains("/h/.cache");
    assertThat(PathRules.userCacheDir(GoOs.LINUX, Map.of("XDG_CACHE_HOME", "/c"))).contains("/c");
    assertThat(PathRules.userCacheDir(GoOs.DARWIN, env)).contains("/h/Library/Caches");
    assertThat(PathRules.userCacheDir(GoOs.WINDOWS, env)).contains("C:\\l");
    assertThat(PathRules.userCacheDir(GoOs.WINDOWS, Map.of())).isEmpty();
  }
}
