package io.github.gocrossbuild.internal.debug;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoOs;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tests for {@link DelveSearch}. */
class DelveSearchTest {

  @Test
  void shouldLookInPathThenGoBinThenEachGopathBin() {
    Map<String, String> env = Map.of("PATH", "/usr/bin:/opt/go/bin", "GOPATH", "/w/a:/w/b");
    assertThat(DelveSearch.candidates(GoOs.LINUX, Optional.empty(), env, "/home/u"))
        .containsExactly(
            Map.entry("/usr/bin/dlv", "PATH"),
            Map.entry("/opt/go/bin/dlv", "PATH"),
            Map.entry("/home/u/go/bin/dlv", "~/go/bin"),
            Map.entry("/w/a/bin/dlv", "GOPATH/bin"),
            Map.entry("/w/b/bin/dlv", "GOPATH/bin"));
  }

  @Test
  void shouldUseWindowsSeparatorsAndExeName() {
    Map<String, String> env = Map.of("Path", "C:\\Go\\bin;C:\\Users\\u\\go\\bin");
    assertThat(DelveSearch.candidates(GoOs.WINDOWS, Optional.empty(), env, "C:\\Users\\u"))
        .containsExactly(
            Map.entry("C:\\Go\\bin\\dlv.exe", "PATH"),
            Map.entry("C:\\Users\\u\\go\\bin\\dlv.exe", "PATH"));
  }

  @Test
  void shouldTryOnlyAnExplicitPath() {
    assertThat(
            DelveSearch.candidates(
                GoOs.LINUX, Optional.of("/opt/dlv"), Map.of("PATH", "/usr/bin"), "/home/u"))
        .containsExactly(Map.entry("/opt/dlv", "dlv(...)"));
  }
}
