package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.testing.ApiInternalPairs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests that the dependencies between core's main classes go one way. */
class ModuleDependenciesTest {

  /**
   * The pairs still to break, in files the build-path rework replaces; remove each line as its pair
   * goes (the test fails until then, so the list cannot go stale).
   */
  private static final List<String> LEFT =
      List.of(
          "io.github.gocrossbuild.BuildResult <-> io.github.gocrossbuild.internal.build.ResultBuilder",
          "io.github.gocrossbuild.spi.BuildHost <-> io.github.gocrossbuild.internal.local.LocalBuildHost");

  @Test
  void shouldHaveNoPublicTypeAndInternalHelperThatUseEachOther() {
    assertThat(ApiInternalPairs.find(Path.of("src/main/java")))
        .as(
            "a public type and an internal class use each other; let the helper depend on the"
                + " public type, or move the facts both need into a third class")
        .containsExactlyElementsOf(LEFT);
  }
}
