package io.github.gocrossbuild.internal.toolchain.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoOs;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests for {@link CacheDirs}: each OS's rule, checked on any OS. */
class CacheDirsTest {

  @Test
  void shouldUseXdgCacheHomeOnLinuxWhenAbsolute() {
    assertThat(
            CacheDirs.defaultFor(
                GoOs.LINUX, Map.of("XDG_CACHE_HOME", "/var/cache/ann"), "/home/ann"))
        .isEqualTo("/var/cache/ann/gocrossbuild");
  }

  @Test
  void shouldFallBackToDotCacheOnLinuxWhenXdgIsUnsetOrRelative() {
    assertThat(CacheDirs.defaultFor(GoOs.LINUX, Map.of(), "/home/ann"))
        .isEqualTo("/home/ann/.cache/gocrossbuild");
    assertThat(CacheDirs.defaultFor(GoOs.FREEBSD, Map.of("XDG_CACHE_HOME", "rel"), "/home/ann"))
        .isEqualTo("/home/ann/.cache/gocrossbuild");
  }

  @Test
  void shouldUseLibraryCachesOnMacOs() {
    assertThat(CacheDirs.defaultFor(GoOs.DARWIN, Map.of("XDG_CACHE_HOME", "/x"), "/Users/ann"))
        .isEqualTo("/Users/ann/Library/Caches/gocrossbuild");
  }

  @Test
  void shouldUseLocalAppDataOnWindows() {
    assertThat(
            CacheDirs.defaultFor(
                GoOs.WINDOWS,
                Map.of("LOCALAPPDATA", "C:\\Users\\ann\\AppData\\Local"),
                "C:\\Users\\ann"))
        .isEqualTo("C:\\Users\\ann\\AppData\\Local\\gocrossbuild");
    assertThat(CacheDirs.defaultFor(GoOs.WINDOWS, Map.of(), "C:\\Users\\ann"))
        .isEqualTo("C:\\Users\\ann\\AppData\\Local\\gocrossbuild");
  }
}
