package io.github.gocrossbuild.ssh.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.ssh.SshConfigException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests for {@link JumpHop}: the forms {@code ssh} accepts for ProxyJump, and the ones it refuses.
 */
class JumpHopTest {
  private static final ConfigLine LINE =
      new ConfigLine("ProxyJump", List.of("x"), Path.of("config"), 3);

  @Test
  void shouldSplitAChainOfEveryForm() {
    assertThat(JumpHop.parse("t", LINE, "alice@b1:2201,b2,ssh://carol@b3:22,dave@[::1]:2200"))
        .containsExactly(
            new JumpHop(Optional.of("alice"), "b1", OptionalInt.of(2201)),
            new JumpHop(Optional.empty(), "b2", OptionalInt.empty()),
            new JumpHop(Optional.of("carol"), "b3", OptionalInt.of(22)),
            new JumpHop(Optional.of("dave"), "::1", OptionalInt.of(2200)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"carol@::1", "b1:0", "b1:70000", "@b1", "b1:x", "a,,b", "[::1"})
  void shouldRefuseWhatSshRefuses(String value) {
    assertThatThrownBy(() -> JumpHop.parse("t", LINE, value))
        .isInstanceOf(SshConfigException.class)
        .hasMessageContaining("config line 3: ProxyJump hop")
        .hasMessageContaining("is not [user@]host[:port]");
  }
}
