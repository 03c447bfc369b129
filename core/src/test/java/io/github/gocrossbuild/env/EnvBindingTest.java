package io.github.gocrossbuild.env;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests for {@link EnvBinding}. */
class EnvBindingTest {

  @Test
  void shouldDescribeASettingAndARemoval() {
    EnvBinding set = EnvBinding.of("GOARCH", "arm64", EnvLayer.TASK_OPTIONS_ENV, "tasks.json");
    assertThat(set.removes()).isFalse();
    assertThat(set).hasToString("GOARCH=arm64 from tasks.json");
    EnvBinding gone = EnvBinding.removal("GOOS", EnvLayer.TOOL_INSTALLER, "installer");
    assertThat(gone.removes()).isTrue();
    assertThat(gone.value()).isEmpty();
    assertThat(gone).hasToString("GOOS removed by installer");
  }
}
