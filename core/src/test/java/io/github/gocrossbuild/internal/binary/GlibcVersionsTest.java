package io.github.gocrossbuild.internal.binary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Tests for {@link GlibcVersions}. */
class GlibcVersionsTest {

  @Test
  void shouldAcceptExactlyWhatTheVersionPatternAccepts() {
    Pattern reference = Pattern.compile("[0-9]{1,4}(\\.[0-9]{1,4}){0,3}");
    List<String> cases =
        List.of(
            "2.17",
            "2.34",
            "2.3.4",
            "2",
            "1.2.3.4",
            "1.2.3.4.5",
            "12345",
            "2.12345",
            "",
            ".",
            "2.",
            ".2",
            "2..3",
            "2.a",
            "2.17 ",
            "PRIVATE",
            "2.2.5",
            "9999.9999.9999.9999",
            "٣.٤");
    for (String v : cases) {
      assertThat(GlibcVersions.isVersion(v)).as(v).isEqualTo(reference.matcher(v).matches());
    }
    assertThat(cases.stream().filter(GlibcVersions::isVersion))
        .containsExactly("2.17", "2.34", "2.3.4", "2", "1.2.3.4", "2.2.5", "9999.9999.9999.9999");
  }
}
