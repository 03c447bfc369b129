package io.github.gocrossbuild.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
  void shouldListEveryStaticMemoOfTheLibrary() throws ClassNotFoundException {
    for (String type :
        new String[] {
          "internal.toolchain.ToolchainLocator",
          "internal.env.ToolchainProbe",
          "internal.env.CgoChecks",
          "internal.cgo.CcPrecheck",
          "internal.build.ResolvedEnvMemo"
        }) {
      Class.forName("io.github.gocrossbuild." + type);
    }

    assertThat(LibraryCaches.names())
        .contains(
            "CcPrecheck.passed",
            "CgoChecks.cgoPackages",
            "ResolvedEnvMemo.environments",
            "ToolchainLocator.listings",
            "ToolchainLocator.toolchains",
            "ToolchainProbe.variantDefaults");
  }
}
