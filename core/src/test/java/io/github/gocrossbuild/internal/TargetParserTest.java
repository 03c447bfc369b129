package io.github.gocrossbuild.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.InvalidTargetException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tests for {@link TargetParser}. */
class TargetParserTest {

  @Test
  void shouldParseIntoCheckedPartsWithTheVariantAsGoSpellsIt() {
    assertThat(TargetParser.parse("linux/arm/v7"))
        .isEqualTo(new TargetParser.Parts(GoOs.LINUX, GoArch.ARM, Optional.of("7")));
    assertThat(TargetParser.parse("windows/amd64"))
        .isEqualTo(new TargetParser.Parts(GoOs.WINDOWS, GoArch.AMD64, Optional.empty()));
  }

  @Test
  void shouldNameTheTargetAsGivenInAVariantError() {
    assertThatThrownBy(() -> TargetParser.parse(" linux/arm/v8"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageStartingWith("Invalid variant \"v8\" in target \" linux/arm/v8\": GOARM must");
  }

  @Test
  void shouldNameThePairInAnUnsupportedPairError() {
    assertThatThrownBy(() -> TargetParser.requireSupported(GoOs.DARWIN, GoArch.I386))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageStartingWith(
            "Unsupported target \"darwin/386\": no Go release from 1.21 to 1.24 builds 386");
  }
}
