package io.github.gocrossbuild.internal.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.env.EnvBinding;
import io.github.gocrossbuild.env.EnvConsumer;
import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tests for {@link GoFlagsCheck}. */
class GoFlagsCheckTest {
  private static Optional<EnvFinding> check(String goflags, List<String> flags) {
    ResolvedEnv env =
        ResolvedEnv.of(
            EnvConsumer.LIBRARY_BUILD,
            List.of(EnvBinding.of("GOFLAGS", goflags, EnvLayer.PROCESS, "process environment")),
            List.of());
    return GoFlagsCheck.check(env, flags, "the command line");
  }

  @Test
  void shouldAcceptWholeWordQuotingWithoutConflicts() {
    assertThat(check("'-ldflags=-s -w' -trimpath", List.of("-tags"))).isEmpty();
  }

  @Test
  void shouldNameTheFlagGoWillRejectForShellQuoting() {
    EnvFinding f = check("-ldflags='-s -w'", List.of()).orElseThrow();
    assertThat(f.severity()).isEqualTo(EnvFinding.Severity.ERROR);
    assertThat(f.message())
        .isEqualTo(
            "GOFLAGS=-ldflags='-s -w' from process environment is"
                + " mis-quoted: go splits it at spaces into [-ldflags='-s, -w'] and removes quotes only"
                + " around a whole word, so go fails with \"parsing $GOFLAGS: unknown flag -w'\". Quote"
                + " the whole word: GOFLAGS=\"'-ldflags=-s -w' -trimpath\".");
  }

  @Test
  void shouldWarnWhenTheCommandLineOverridesGoflags() {
    EnvFinding f = check("-trimpath -tags=netgo", List.of("-trimpath", "-tags")).orElseThrow();
    assertThat(f.severity()).isEqualTo(EnvFinding.Severity.WARNING);
    assertThat(f.message())
        .startsWith(
            "GOFLAGS=-trimpath -tags=netgo from process environment"
                + " sets -trimpath, -tags, which the command line sets too");
  }

  @Test
  void shouldReportAnUnterminatedQuote() {
    EnvFinding f = check("'-x -trimpath", List.of()).orElseThrow();
    assertThat(f.severity()).isEqualTo(EnvFinding.Severity.ERROR);
    assertThat(f.message())
        .isEqualTo(
            "GOFLAGS='-x -trimpath from process environment has an unterminated quote; every go"
                + " command fails with \"parsing $GOFLAGS\". Quote whole words only, e.g."
                + " GOFLAGS=\"'-ldflags=-s -w' -trimpath\".");
  }

  @Test
  void shouldSayTheQuotesEndUpInTheValueWhenEveryWordIsAFlag() {
    EnvFinding f = check("-ldflags=\"-s\" -trimpath", List.of()).orElseThrow();
    assertThat(f.message())
        .isEqualTo(
            "GOFLAGS=-ldflags=\"-s\" -trimpath from process environment is mis-quoted: go splits it"
                + " at spaces into [-ldflags=\"-s\", -trimpath] and removes quotes only around a"
                + " whole word, so the quote characters end up inside the flag value. Quote the whole"
                + " word: GOFLAGS=\"'-ldflags=-s -w' -trimpath\".");
  }

  @Test
  void shouldSayWhichFlagsTheCommandLineOverrides() {
    EnvFinding f = check("-trimpath -tags=netgo", List.of("-trimpath", "-tags")).orElseThrow();
    assertThat(f.message())
        .isEqualTo(
            "GOFLAGS=-trimpath -tags=netgo from process environment sets -trimpath, -tags, which"
                + " the command line sets too; the command line wins and the GOFLAGS value is"
                + " silently dropped (repeated -ldflags do not add up). Keep each flag in one place.");
  }
}
