package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Tests for {@link GoVersion}. */
class GoVersionTest {

  private static int compare(String a, String b) {
    return GoVersion.parse(a).compareTo(GoVersion.parse(b));
  }

  @Test
  void shouldCompareGoVersionsIncludingPrereleases() {
    // Moved from ToolchainSwitchCheckTest with the comparison it tested.
    assertThat(compare("1.24rc1", "1.24beta2")).isPositive();
    assertThat(compare("1.24rc1", "1.24.0")).isNegative();
    assertThat(compare("1.23", "1.23.0")).isZero();
  }

  @Test
  void shouldSortNumericallyNotAsText() {
    List<String> sorted =
        Stream.of("go1.21.10", "go1.9", "go1.24rc2", "go1.21.9", "go1.24beta1", "go1.24rc1", "go1")
            .map(GoVersion::parse)
            .sorted()
            .map(GoVersion::toString)
            .toList();

    assertThat(sorted)
        .containsExactly(
            "go1", "go1.9", "go1.21.9", "go1.21.10", "go1.24beta1", "go1.24rc1", "go1.24rc2");
  }

  @Test
  void shouldParseWithOrWithoutThePrefixAndPrintAsGoDoes() {
    GoVersion v = GoVersion.parse("1.23.5");

    assertThat(v.toString()).isEqualTo("go1.23.5");
    assertThat(v.number()).isEqualTo("1.23.5");
    assertThat(v.major()).isEqualTo(1);
    assertThat(v.minor()).isEqualTo(23);
    assertThat(v.patch()).isEqualTo(5);
    assertThat(v.isPreRelease()).isFalse();
    assertThat(GoVersion.parse("go1.23.5")).isEqualTo(v);
    assertThat(GoVersion.parse("go1.23").toString()).isEqualTo("go1.23");
    assertThat(GoVersion.parse(" go1.24rc1 ").toString()).isEqualTo("go1.24rc1");
    assertThat(GoVersion.parse("go1.24rc1").isPreRelease()).isTrue();
    assertThat(GoVersion.parse("go1.24rc1").minor()).isEqualTo(24);
  }

  @Test
  void shouldDropTheSuffixesGoIgnores() {
    assertThat(GoVersion.parse("go1.21.0-bigcorp").toString()).isEqualTo("go1.21.0");
    assertThat(GoVersion.parse("go1.23.5 X:nocoverageredesign").toString()).isEqualTo("go1.23.5");
  }

  @Test
  void shouldGiveTheLanguageVersion() {
    assertThat(GoVersion.parse("go1.23.5").language().toString()).isEqualTo("go1.23");
    assertThat(GoVersion.parse("go1.24rc1").language().toString()).isEqualTo("go1.24");
    assertThat(GoVersion.parse("go1").language().toString()).isEqualTo("go1");
  }

  @Test
  void shouldKeepTheSpellingInEqualsButNotInTheOrder() {
    GoVersion bare = GoVersion.parse("1.23");
    GoVersion zero = GoVersion.parse("1.23.0");

    assertThat(bare.compareTo(zero)).isZero();
    assertThat(bare).isNotEqualTo(zero);
    assertThat(bare.isNewerThan(zero)).isFalse();
    assertThat(GoVersion.parse("1.23.1").isNewerThan(zero)).isTrue();
    assertThat(GoVersion.parse("go1.23").hashCode()).isEqualTo(bare.hashCode());
  }

  @Test
  void shouldRefuseTextThatIsNotAGoVersionNamingIt() {
    for (String bad :
        List.of(
            "",
            "go",
            "latest",
            "1.",
            "1..2",
            "1.2.3.4",
            "1.23.5rc1",
            "1.24alpha1",
            "1.24rc",
            "x1.2",
            "devel +abc",
            "1.2345678901")) {
      assertThatThrownBy(() -> GoVersion.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("\"" + bad + "\" is not a Go version such as go1.23.5, 1.23 or go1.24rc1");
      assertThat(GoVersion.tryParse(bad)).as(bad).isEmpty();
    }
  }
}
