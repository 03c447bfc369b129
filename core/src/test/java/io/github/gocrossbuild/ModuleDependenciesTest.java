package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.testing.ApiInternalPairs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Tests that the dependencies between core's main classes go one way. */
class ModuleDependenciesTest {

  @Test
  void shouldHaveNoPublicTypeAndInternalHelperThatUseEachOther() {
    assertThat(ApiInternalPairs.find(Path.of("src/main/java")))
        .as(
            "a public type and an internal class use each other; let the helper depend on the"
                + " public type, or move the facts both need into a third class")
        .isEmpty();
  }
}
