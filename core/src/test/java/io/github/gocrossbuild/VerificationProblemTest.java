package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Tests for {@link VerificationProblem}. */
class VerificationProblemTest {

  @Test
  void shouldFormatExpectedAndActual() {
    VerificationProblem p = VerificationProblem.of(VerifiedProperty.GOARCH, "arm64", "amd64");

    assertThat(p.toString()).isEqualTo("GOARCH: expected arm64, found amd64");
    assertThat(p).isEqualTo(VerificationProblem.of(VerifiedProperty.GOARCH, "arm64", "amd64"));
  }

  @Test
  void shouldNameTheVariableOrSettingOfANamedKind() {
    VerificationProblem variant = VerificationProblem.variant("GOARM", "7", "6");
    VerificationProblem setting = VerificationProblem.buildSetting("vcs", "not recorded", "git");

    assertThat(variant.kind()).isEqualTo(VerifiedProperty.VARIANT);
    assertThat(variant.property()).isEqualTo("GOARM");
    assertThat(setting.kind()).isEqualTo(VerifiedProperty.BUILD_SETTING);
    assertThat(setting).hasToString("build setting vcs: expected not recorded, found git");
    assertThat(VerificationProblem.of(VerifiedProperty.DWARF, "none (-w)", "present").property())
        .isEqualTo("DWARF");
  }

  @Test
  void shouldRefuseANamedKindWithoutItsName() {
    assertThatThrownBy(() -> VerificationProblem.of(VerifiedProperty.VARIANT, "7", "6"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("VARIANT problems name a variable or setting");
    assertThatThrownBy(() -> VerificationProblem.buildSetting("", "1", "0"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("property: \"build setting \" does not name a BUILD_SETTING problem");
  }
}
