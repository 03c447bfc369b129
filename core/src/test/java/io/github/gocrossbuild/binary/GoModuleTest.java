package io.github.gocrossbuild.binary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests for {@link GoModule}. */
class GoModuleTest {

  @Test
  void shouldShowReplacement() {
    GoModule m =
        GoModule.builder()
            .path("a.com/x")
            .version("v1.0.0")
            .replace(GoModule.of("../x", "(devel)", ""))
            .build();

    assertThat(m.sum()).isEmpty();
    assertThat(m.toString()).isEqualTo("a.com/x@v1.0.0 => ../x@(devel)");
  }
}
