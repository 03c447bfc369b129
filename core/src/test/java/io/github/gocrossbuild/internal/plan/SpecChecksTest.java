package io.github.gocrossbuild.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.internal.Variants;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link SpecChecks}. */
class SpecChecksTest {

  @Test
  void shouldReserveTheTargetVariablesAndEveryVariantVariableOfGoArch() {
    List<String> expected = new ArrayList<>(List.of("GOOS", "GOARCH", "CGO_ENABLED"));
    expected.addAll(Variants.variables());
    assertThat(SpecChecks.TARGET_VARIABLES).containsExactlyElementsOf(expected);
    assertThatThrownBy(() -> SpecChecks.checkEnv("GOWASM", "satconv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "env: GOWASM defines the target and cannot be set with env(...); use a target"
                + " variant, e.g. linux/arm/v7 or linux/amd64/v3");
  }

  @Test
  void shouldRefuseAGlibcFloorThatIsNotAGlibcVersion() {
    assertThatThrownBy(
            () ->
                io.github.gocrossbuild.GoCrossBuild.target("linux/arm64").cgo().glibcAtMost("2.x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("glibcAtMost: \"2.x\" is not a glibc version such as 2.28");
    assertThat(
            io.github.gocrossbuild.GoCrossBuild.target("linux/arm64")
                .cgo()
                .glibcAtMost("2.17")
                .spec()
                .glibcAtMost())
        .contains("2.17");
  }
}
