package io.github.gocrossbuild.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests for {@link ConfigParseException}. */
class ConfigParseExceptionTest {

  @Test
  void shouldNameFileLineAndColumn() {
    ConfigParseException e = new ConfigParseException("tasks.json", 3, 7, "unexpected '}'");
    assertThat(e).hasMessage("tasks.json:3:7: unexpected '}'");
    assertThat(e.file()).isEqualTo("tasks.json");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(7);
    assertThat(e.problem()).isEqualTo("unexpected '}'");
    assertThat(new ConfigParseException("a.json", 0, 0, "too large"))
        .hasMessage("a.json: too large");
  }
}
