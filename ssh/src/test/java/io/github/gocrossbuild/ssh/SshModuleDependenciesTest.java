package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.testing.ApiInternalPairs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Tests that the ssh module's public types and its internal helpers depend on each other one way.
 */
class SshModuleDependenciesTest {

  @Test
  void shouldHaveNoPublicTypeAndInternalHelperThatUseEachOther() {
    assertThat(ApiInternalPairs.find(Path.of("src/main/java")))
        .as("a public ssh type and an internal class use each other")
        .isEmpty();
  }
}
