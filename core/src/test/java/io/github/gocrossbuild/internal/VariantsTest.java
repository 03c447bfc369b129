package io.github.gocrossbuild.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoArch;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Tests for {@link Variants}: the rules follow {@link GoArch}'s variant variables. */
class VariantsTest {

  @Test
  void shouldHaveARuleForExactlyTheVariablesOfGoArch() {
    assertThat(Variants.ruled()).containsExactlyInAnyOrderElementsOf(Variants.variables());
    assertThat(Variants.variables())
        .isEqualTo(
            Arrays.stream(GoArch.values())
                .flatMap(a -> a.variantVariable().stream())
                .distinct()
                .toList());
  }

  @Test
  void shouldAcceptEveryDefaultOfGoArch() {
    for (GoArch arch : GoArch.values()) {
      assertThat(arch.variantDefault().isPresent())
          .as(arch.goName())
          .isEqualTo(arch.variantVariable().isPresent());
      arch.variantDefault()
          .filter(d -> !d.isEmpty())
          .ifPresent(d -> assertThat(Variants.problem(arch, d)).as(arch.goName()).isEmpty());
    }
  }

  @Test
  void shouldNameTheVariableOfTheArchitectureInTheProblem() {
    assertThat(Variants.problem(GoArch.MIPS64LE, "x"))
        .contains("GOMIPS64 must be hardfloat or softfloat");
    assertThat(Variants.problem(GoArch.MIPSLE, "x"))
        .contains("GOMIPS must be hardfloat or softfloat");
    assertThat(Variants.problem(GoArch.WASM, "satconv,signext")).isEmpty();
    assertThat(Variants.problem(GoArch.ARM64, "v8.1,crypto,lse")).isEmpty();
    assertThat(Variants.problem(GoArch.ARM64, "v8.1,crypto,crypto")).isPresent();
    assertThat(Variants.problem(GoArch.LOONG64, "x")).contains("loong64 has no variants");
  }
}
