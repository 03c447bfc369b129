package io.github.gocrossbuild.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.testing.StaticState;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link LibraryCaches}. */
class LibraryCachesTest {
  @Test
  void shouldEmptyEveryCache() {
    BoundedCache<String, String> one = BoundedCache.create("test.clearAll.one", 4);
    BoundedCache<Integer, Integer> two = BoundedCache.create("test.clearAll.two", 4);
    one.get("a", String::toUpperCase);
    two.get(1, i -> i + 1);

    LibraryCaches.clearAll();

    assertThat(one.size()).isZero();
    assertThat(two.size()).isZero();
  }

  @Test
  void shouldListEveryStaticCacheOfTheLibrary() throws IllegalAccessException {
    List<String> declared = new ArrayList<>();
    for (Class<?> type : StaticState.classesBeside(BoundedCache.class)) {
      for (Field f : type.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == BoundedCache.class) {
          f.setAccessible(true);
          declared.add(((BoundedCache<?, ?>) f.get(null)).name());
        }
      }
    }

    assertThat(declared)
        .containsExactlyInAnyOrder(
            "ArtifactDigests.lastSeen",
            "CcPrecheck.passed",
            "CgoChecks.cgoPackages",
            "FileHashes.hashes",
            "HttpStore.clients",
            "LibcFiles.resolved",
            "PemKeys.signingKeys",
            "ResolvedEnvMemo.environments",
            "ToolchainLocator.listings",
            "ToolchainLocator.toolchains",
            "ToolchainProbe.targetTables",
            "ToolchainProbe.variantDefaults",
            "ToolIdentity.ccVersions",
            "TreeRisks.embedPatterns");
    assertThat(LibraryCaches.names()).containsAll(declared);
  }
}
