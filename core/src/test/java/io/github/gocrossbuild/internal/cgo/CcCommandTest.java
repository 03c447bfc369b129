package io.github.gocrossbuild.internal.cgo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Tests for {@link CcCommand}. */
class CcCommandTest {

  @Test
  void shouldSplitLikeGo() {
    assertThat(CcCommand.split("zig cc -target aarch64-linux-gnu"))
        .containsExactly("zig", "cc", "-target", "aarch64-linux-gnu");
    assertThat(CcCommand.split("'/opt/my cc/gcc'  \"--sysroot=/a b\""))
        .containsExactly("/opt/my cc/gcc", "--sysroot=/a b");
  }

  @Test
  void shouldRejectAnUnterminatedQuote() {
    assertThatThrownBy(() -> CcCommand.split("'gcc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unterminated ' quote in 'gcc");
  }
}
