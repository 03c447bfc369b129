package io.github.gocrossbuild.internal.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoArch;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link GoVariables}. */
class GoVariablesTest {

  @Test
  void shouldKnowComputedAndProcessOnlyVariables() {
    assertThat(GoVariables.isComputed("GOVERSION")).isTrue();
    assertThat(GoVariables.isComputed("GOARCH")).isFalse();
    assertThat(GoVariables.isProcessOnly("GOENV")).isTrue();
    assertThat(GoVariables.isProcessOnly("GODEBUG")).isTrue();
    assertThat(GoVariables.isProcessOnly("GOFLAGS")).isFalse();
    assertThat(GoVariables.DOCUMENTED)
        .hasSize(70)
        .doesNotHaveDuplicates()
        .containsAll(GoVariables.VARIANTS);
  }

  @Test
  void shouldListTheVariantVariablesOfGoArch() {
    List<String> fromGoArch =
        Arrays.stream(GoArch.values())
            .flatMap(a -> a.variantVariable().stream())
            .distinct()
            .toList();
    assertThat(GoVariables.VARIANTS)
        .isEqualTo(fromGoArch)
        .containsExactly(
            "GO386",
            "GOAMD64",
            "GOARM",
            "GOARM64",
            "GOMIPS",
            "GOMIPS64",
            "GOPPC64",
            "GORISCV64",
            "GOWASM");
  }

  @Test
  void shouldGiveTheValueGoUsesForGoenvOffAndRelativeGocache() {
    assertThat(GoVariables.effectiveValue("GOENV", "off")).contains("");
    assertThat(GoVariables.effectiveValue("GOCACHE", "rel/cache")).contains("off");
    assertThat(GoVariables.effectiveValue("GOCACHE", "C:\\cache")).isEmpty();
    assertThat(GoVariables.effectiveValue("GOCACHE", "off")).isEmpty();
    assertThat(GoVariables.effectiveValue("GOPATH", "rel")).isEmpty();
  }

  @Test
  void shouldIgnoreCgoEnabledOtherThanZeroOrOne() {
    assertThat(GoVariables.ignoredBecause("CGO_ENABLED", "true"))
        .contains("Go only honours CGO_ENABLED=0 or 1 and ignores \"true\"");
    assertThat(GoVariables.ignoredBecause("CGO_ENABLED", "1")).isEmpty();
    assertThat(GoVariables.ignoredBecause("GOOS", "x")).isEmpty();
  }
}
