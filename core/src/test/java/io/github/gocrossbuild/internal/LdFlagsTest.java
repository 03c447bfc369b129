package io.github.gocrossbuild.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link LdFlags}. */
class LdFlagsTest {

  @Test
  void shouldLeadWithStripFlags() {
    assertThat(LdFlags.join(true, List.of())).contains("-s -w");
    assertThat(LdFlags.join(false, List.of())).isEmpty();
  }

  @Test
  void shouldQuoteArgumentsWithSpacesAndQuotes() {
    assertThat(LdFlags.join(true, List.of("-X", "main.version=1.2 beta")))
        .contains("-s -w -X 'main.version=1.2 beta'");
    assertThat(LdFlags.join(false, List.of("-X", "main.v=it's"))).contains("-X \"main.v=it's\"");
    assertThat(LdFlags.join(false, List.of("-X", "main.v=say \"hi\"")))
        .contains("-X 'main.v=say \"hi\"'");
  }

  @Test
  void shouldSplitDashXConvenienceForm() {
    assertThat(LdFlags.join(false, List.of("-X 'main.version=1.2 beta'")))
        .contains("-X 'main.version=1.2 beta'");
    assertThat(LdFlags.join(false, List.of("-X main.version=1.0"))).contains("-X main.version=1.0");
    assertThat(LdFlags.expand("-X \"a.b=c d\"")).containsExactly("-X", "a.b=c d");
  }

  @Test
  void shouldRefuseArgumentsWithBothQuoteKinds() {
    assertThatThrownBy(() -> LdFlags.join(false, List.of("-X", "main.v=it's \"x\"")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ldflags: argument main.v=it's \"x\" contains both single and double quotes;"
                + " Go cannot pass it to the linker");
  }

  @Test
  void shouldPassShellMetacharactersLiterally() {
    assertThat(LdFlags.join(false, List.of("-X", "main.v=$(touch /tmp/pwned);`id`")))
        .contains("-X 'main.v=$(touch /tmp/pwned);`id`'");
  }
}
