package io.github.gocrossbuild.ssh.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests for {@link ShellQuote}, checked by a real {@code /bin/sh}. */
class ShellQuoteTest {
  private static final List<String> HOSTILE =
      List.of(
          "$(touch /tmp/gcb-quote-pwned)",
          "`id`",
          "a; rm -rf /",
          "it's",
          "\"double\"",
          "line\nbreak",
          "tab\there",
          "*",
          "~",
          "$HOME",
          "\\",
          "",
          " ",
          "-n",
          "a'b\"c$d`e",
          "ünïcödé €");

  private static String sh(String script) throws Exception {
    Process p = new ProcessBuilder("/bin/sh", "-c", script).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    return out;
  }

  @Test
  void shouldPassEveryHostileWordLiterallyThroughSh() throws Exception {
    List<String> argv = new ArrayList<>(List.of("printf", "[%s]"));
    argv.addAll(HOSTILE);
    StringBuilder expected = new StringBuilder();
    HOSTILE.forEach(w -> expected.append('[').append(w).append(']'));

    assertThat(sh(ShellQuote.join(argv))).isEqualTo(expected.toString());
  }

  @Test
  void shouldLeaveSafeWordsUnquotedAndQuoteTheRest() {
    assertThat(ShellQuote.quote("/usr/lib/go-1.23/bin/go")).isEqualTo("/usr/lib/go-1.23/bin/go");
    assertThat(ShellQuote.quote("-ldflags=-s")).isEqualTo("-ldflags=-s");
    assertThat(ShellQuote.quote("")).isEqualTo("''");
    assertThat(ShellQuote.quote("a b")).isEqualTo("'a b'");
    assertThat(ShellQuote.quote("it's")).isEqualTo("'it'\\''s'");
  }

  @Test
  void shouldRefuseNul() {
    assertThatThrownBy(() -> ShellQuote.quote("a\0b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a NUL character cannot be passed to a remote command");
  }

  @Test
  void shouldRunWithExactlyTheGivenEnvironment() throws Exception {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("GCB_A", "$(touch /tmp/gcb-quote-pwned); `id`\nx");
    env.put("PATH", "/usr/bin:/bin");
    env.put("BASH_FUNC_x%%", "() { echo hi; }");

    String out = sh(ShellQuote.envCommand(env, List.of("env")));

    assertThat(out.lines().sorted())
        .containsExactly(
            "GCB_A=$(touch /tmp/gcb-quote-pwned);" + " `id`", "PATH=/usr/bin:/bin", "x");
    assertThat(ShellQuote.envPrefix(env))
        .isEqualTo("env -i 'GCB_A=$(touch /tmp/gcb-quote-pwned); `id`\nx' PATH=/usr/bin:/bin");
  }
}
