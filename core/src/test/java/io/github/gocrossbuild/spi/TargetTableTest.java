package io.github.gocrossbuild.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link TargetTable}. */
class TargetTableTest {
  /** Three entries as Go 1.24's {@code go tool dist list -broken -json} prints them. */
  private static final String GO_1_24 =
      """
      [
      \t{
      \t\t"GOOS": "linux",
      \t\t"GOARCH": "sparc64",
      \t\t"CgoSupported": true,
      \t\t"FirstClass": false,
      \t\t"Broken": true
      \t},
      \t{
      \t\t"GOOS": "windows",
      \t\t"GOARCH": "arm",
      \t\t"CgoSupported": false,
      \t\t"FirstClass": false,
      \t\t"Broken": true
      \t},
      \t{
      \t\t"GOOS": "windows",
      \t\t"GOARCH": "amd64",
      \t\t"CgoSupported": true,
      \t\t"FirstClass": true
      \t}
      ]
      """;

  @Test
  void shouldReadEveryFlagAndKeepPairsTheEnumsDoNotKnowApart() {
    TargetTable t = TargetTable.parse("go1.24.4", GO_1_24);

    assertThat(t.goVersion()).isEqualTo("go1.24.4");
    assertThat(t.ports())
        .containsExactly(
            new TargetTable.Port(GoOs.WINDOWS, GoArch.ARM, false, false, true),
            new TargetTable.Port(GoOs.WINDOWS, GoArch.AMD64, true, true, false));
    assertThat(t.unknownPairs()).containsExactly("linux/sparc64");
    assertThat(t.archesFor(GoOs.WINDOWS)).containsExactly(GoArch.AMD64);
    assertThat(t.listedCount()).isEqualTo(1);
    assertThat(t.port(GoOs.WINDOWS, GoArch.ARM).map(TargetTable.Port::pair))
        .contains("windows/arm");
    assertThat(t.port(GoOs.WINDOWS, GoArch.S390X)).isEmpty();
    assertThat(t).hasToString("TargetTable[go1.24.4, 1 pairs, 1 broken]");
    assertThat(TargetTable.of("go1.23.0", List.of()).ports()).isEmpty();
  }

  @Test
  void shouldRefuseOutputThatIsNoJsonArrayNamingTheVersion() {
    assertThatThrownBy(() -> TargetTable.parse("go1.22.12", "{\"GOOS\": \"linux\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("go tool dist list -json of go1.22.12 printed no JSON array");
    assertThatThrownBy(() -> TargetTable.parse("go1.22.12", "flag provided but not defined"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("go tool dist list -json of go1.22.12 printed no JSON: ");
  }
}
