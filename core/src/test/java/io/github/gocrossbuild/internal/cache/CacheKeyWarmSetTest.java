package io.github.gocrossbuild.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests for {@link CacheKey#warmSet()}: every part but the module's files names the kind. */
class CacheKeyWarmSetTest {
  private static CacheKey key(String target, String tree) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("target", target);
    parts.put("source tree", tree);
    parts.put("go version", "go version go1.24.4 linux/amd64");
    return CacheKey.of(parts);
  }

  @Test
  void shouldNameTheSameWarmSetForAChangedSourceTreeAndAnotherForAnotherTarget() {
    CacheKey before = key("linux/arm64", "aa (3 files)");
    CacheKey changed = key("linux/arm64", "bb (3 files)");
    CacheKey other = key("linux/amd64", "aa (3 files)");

    assertThat(changed.key()).isNotEqualTo(before.key());
    assertThat(before.warmSet()).matches("[0-9a-f]{64}").isEqualTo(changed.warmSet());
    assertThat(other.warmSet()).isNotEqualTo(before.warmSet());
    assertThat(before.warmSet()).isNotEqualTo(before.key());
  }
}
