package io.github.gocrossbuild.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Tests for {@link GlibcVersion}. */
class GlibcVersionTest {

  @Test
  void shouldSortNumericallyNotAsText() {
    List<String> sorted =
        Stream.of("2.34", "2.2.5", "2.17", "2.3.4", "2.3", "2.28")
            .map(GlibcVersion::parse)
            .sorted()
            .map(GlibcVersion::toString)
            .toList();

    assertThat(sorted).containsExactly("2.2.5", "2.3", "2.3.4", "2.17", "2.28", "2.34");
  }

  @Test
  void shouldTreatAMissingPartAsZeroInTheOrderOnly() {
    GlibcVersion two = GlibcVersion.parse("2.34");
    GlibcVersion three = GlibcVersion.parse("2.34.0");

    assertThat(two.compareTo(three)).isZero();
    assertThat(two).isNotEqualTo(three).isEqualTo(GlibcVersion.parse("2.34"));
    assertThat(two.isNewerThan(GlibcVersion.parse("2.28"))).isTrue();
    assertThat(GlibcVersion.parse("2.28").isNewerThan(two)).isFalse();
    assertThat(two.major()).isEqualTo(2);
    assertThat(two.minor()).isEqualTo(34);
    assertThat(GlibcVersion.parse("2").minor()).isZero();
    assertThat(three.toString()).isEqualTo("2.34.0");
  }

  @Test
  void shouldRefuseTextThatIsNotAGlibcVersionNamingIt() {
    for (String bad : List.of("", "2.x", "2.", ".2", "2..3", "1.2.3.4.5", "12345", "GLIBC_2.34")) {
      assertThatThrownBy(() -> GlibcVersion.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("\"" + bad + "\" is not a glibc version such as 2.28");
      assertThat(GlibcVersion.tryParse(bad)).as(bad).isEmpty();
    }
  }
}
