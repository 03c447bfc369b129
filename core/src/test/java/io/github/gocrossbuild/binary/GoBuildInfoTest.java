package io.github.gocrossbuild.binary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests for {@link GoBuildInfo}. */
class GoBuildInfoTest {

  @Test
  void shouldLookUpSettingsAndPrintLikeGoVersionM() {
    GoBuildInfo info =
        GoBuildInfo.builder()
            .goVersion("go1.23.5")
            .path("example.com/hello")
            .main(GoModule.of("example.com/hello", "(devel)", ""))
            .putSettings("-ldflags", "-s -w")
            .putSettings("CGO_ENABLED", "0")
            .build();

    assertThat(info.setting("CGO_ENABLED")).contains("0");
    assertThat(info.setting("GOARM")).isEmpty();
    assertThat(info.toString())
        .isEqualTo(
            "go1.23.5\n\tpath\texample.com/hello\n"
                + "\tmod\texample.com/hello\t(devel)\t\n\tbuild\t-ldflags=\"-s -w\"\n"
                + "\tbuild\tCGO_ENABLED=0\n");
  }
}
