package io.github.gocrossbuild.internal.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.spi.ToolchainSource;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Tests for {@link ToolchainSearch}. */
class ToolchainSearchTest {
  private static final Function<String, List<String>> DIRS =
      dir -> {
        switch (dir) {
          case "/usr/lib":
            return List.of("go-1.19", "go-1.23", "go-1.9", "gcc", "go");
          case "/home/u/sdk":
            return List.of("go1.22.4", "go1.22.10", "gotip");
          case "C:\\Users\\u\\sdk":
            return List.of("go1.21.0");
          default:
            return List.of();
        }
      };

  private static List<String> paths(List<ToolchainSearch.Candidate> cs) {
    return cs.stream().map(ToolchainSearch.Candidate::toString).toList();
  }

  @Test
  void shouldSearchGorootThenPathThenWellKnownPlacesOnLinux() {
    var cs =
        ToolchainSearch.candidates(
            GoOs.LINUX, Map.of("GOROOT", "/opt/go", "PATH", "/usr/bin::/bin"), "/home/u", DIRS);
    assertThat(paths(cs))
        .containsExactly(
            "GOROOT/bin: /opt/go/bin/go",
            "PATH: /usr/bin/go",
            "PATH: /bin/go",
            "well-known place /usr/local/go/bin: /usr/local/go/bin/go",
            "well-known place /usr/lib/go/bin: /usr/lib/go/bin/go",
            "well-known place /usr/lib/go-1.23/bin: /usr/lib/go-1.23/bin/go",
            "well-known place /home/u/go/bin: /home/u/go/bin/go",
            "well-known place /home/u/sdk/go1.22.10/bin: /home/u/sdk/go1.22.10/bin/go",
            "well-known place /snap/bin: /snap/bin/go");
  }

  @Test
  void shouldUseWindowsRules() {
    var cs =
        ToolchainSearch.candidates(
            GoOs.WINDOWS, Map.of("Path", "C:\\Windows;C:\\tools"), "C:\\Users\\u", DIRS);
    assertThat(paths(cs))
        .containsExactly(
            "PATH: C:\\Windows\\go.exe",
            "PATH: C:\\tools\\go.exe",
            "well-known place C:\\Program Files\\Go\\bin: C:\\Program Files\\Go\\bin\\go.exe",
            "well-known place C:\\Users\\u\\go\\bin: C:\\Users\\u\\go\\bin\\go.exe",
            "well-known place C:\\Users\\u\\sdk\\go1.21.0\\bin: C:\\Users\\u\\sdk\\go1.21.0\\bin\\go.exe");
  }

  @Test
  void shouldAddHomebrewOnMacos() {
    var cs = ToolchainSearch.candidates(GoOs.DARWIN, Map.of(), "/Users/u", d -> List.of());
    assertThat(paths(cs))
        .contains("well-known place /opt/homebrew/bin: /opt/homebrew/bin/go")
        .doesNotContain("GOROOT/bin: /bin/go");
  }

  @Test
  void shouldTypeTheRuleThatProposedEachCandidate() {
    var cs =
        ToolchainSearch.candidates(
            GoOs.LINUX, Map.of("GOROOT", "/opt/go", "PATH", "/usr/bin"), "/home/u", DIRS);

    assertThat(cs.subList(0, 3))
        .extracting(ToolchainSearch.Candidate::source)
        .containsExactly(
            ToolchainSource.GOROOT_BIN, ToolchainSource.PATH, ToolchainSource.WELL_KNOWN_PLACE);
    assertThat(cs.get(2).foundBy()).isEqualTo("well-known place /usr/local/go/bin");
    assertThat(cs.get(1).foundBy()).isEqualTo("PATH");
  }
}
