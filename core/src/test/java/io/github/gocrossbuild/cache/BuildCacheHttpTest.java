package io.github.gocrossbuild.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Tests for {@link BuildCache#http(URI)} and its settings (the requests: {@code HttpStoreTest}).
 */
class BuildCacheHttpTest {
  @Test
  void shouldKeepTheBaseUrlWithoutATrailingSlashAndReadTheDefaultVariable() {
    BuildCache cache = BuildCache.http(URI.create("https://cache.example.com:8443/gcb/"));
    assertThat(cache.url()).contains(URI.create("https://cache.example.com:8443/gcb"));
    assertThat(cache.directory()).isEmpty();
    assertThat(cache.tokenVariable()).contains("GOCROSSBUILD_CACHE_TOKEN");
    assertThat(cache.timeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(cache.source()).isEqualTo("http https://cache.example.com:8443/gcb");
    BuildCache other =
        cache.tokenVariable("CI_CACHE_TOKEN").timeout(Duration.ofSeconds(5)).readOnly();
    assertThat(other.tokenVariable()).contains("CI_CACHE_TOKEN");
    assertThat(other.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(other).hasToString("http https://cache.example.com:8443/gcb (read-only)");
  }

  @Test
  void shouldRefuseCredentialsInTheUrlWithoutRepeatingThem() {
    assertThatThrownBy(
            () ->
                BuildCache.http(
                    URI.create("https://me:hunter2@cache.example.com/gcb?token=hunter3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "BuildCache.http: https://cache.example.com/gcb carries user information, a query or a"
                + " fragment; give the bare base URL and put a token in GOCROSSBUILD_CACHE_TOKEN");
    assertThatThrownBy(() -> BuildCache.http(URI.create("ftp://me:hunter2@cache.example.com/")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "BuildCache.http: ftp://cache.example.com/ is not an http or https URL with a host");
  }

  @Test
  void shouldTellADirectoryCacheHasNoHttpSettings() {
    BuildCache dir = BuildCache.directory(Path.of("/var/cache/gcb"));
    assertThat(dir.url()).isEmpty();
    assertThat(dir.tokenVariable()).isEmpty();
    assertThatThrownBy(() -> dir.tokenVariable("X"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "tokenVariable: directory /var/cache/gcb is not an HTTP cache; use BuildCache.http(url)");
    assertThatThrownBy(() -> BuildCache.http(URI.create("http://h/")).tokenVariable("A-B"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tokenVariable: \"A-B\" is not an environment variable name");
    assertThatThrownBy(() -> BuildCache.http(URI.create("http://h/")).timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeout: PT0S is not positive");
  }
}
