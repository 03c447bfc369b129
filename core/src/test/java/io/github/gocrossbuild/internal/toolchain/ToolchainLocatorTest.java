package io.github.gocrossbuild.internal.toolchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.GoToolchainFixture;
import io.github.gocrossbuild.ToolchainNotFoundException;
import io.github.gocrossbuild.internal.LibraryCaches;
import io.github.gocrossbuild.spi.Toolchain;
import io.github.gocrossbuild.spi.ToolchainSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link ToolchainLocator}. */
class ToolchainLocatorTest {
  @TempDir Path tmp;

  @Test
  void shouldListEveryPlaceLookedWhenNoneIsGo() throws IOException {
    Path notExecutable = Files.writeString(tmp.resolve("go"), "#!/bin/sh\n");
    List<ToolchainSearch.Candidate> candidates =
        List.of(
            new ToolchainSearch.Candidate(
                tmp.resolve("missing/go").toString(), ToolchainSource.PATH),
            new ToolchainSearch.Candidate(notExecutable.toString(), ToolchainSource.GOROOT_BIN),
            new ToolchainSearch.Candidate("/bin/true", ToolchainSource.WELL_KNOWN_PLACE, "/bin"));
    assertThatThrownBy(() -> ToolchainLocator.locateAmong(candidates, Map.of()))
        .isInstanceOfSatisfying(
            ToolchainNotFoundException.class,
            e -> {
              assertThat(e.placesLooked())
                  .containsExactly(
                      "PATH " + tmp + "/missing/go (missing)",
                      "GOROOT/bin " + notExecutable + " (not an executable file)",
                      "well-known place /bin /bin/true (`go version` printed \"\", exit code 0; not a Go"
                          + " toolchain)");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "No Go toolchain found. Looked at: "
                          + String.join("; ", e.placesLooked())
                          + ". "
                          + ToolchainLocator.installHint());
            });
  }

  @Test
  void shouldAskTheToolchainAgainAfterTheCachesAreCleared() {
    Path go = GoToolchainFixture.go();
    Map<String, String> env = GoToolchainFixture.environment();
    Toolchain first = ToolchainLocator.locate(Optional.of(go.toString()), env);

    LibraryCaches.clearAll();
    Toolchain again = ToolchainLocator.locate(Optional.of(go.toString()), env);

    // A new answer: go env's GOGCCFLAGS names a fresh temporary directory each time it is asked.
    assertThat(again).isNotSameAs(first);
    assertThat(again.versionOutput()).isEqualTo(first.versionOutput());
    assertThat(ToolchainLocator.locate(Optional.of(go.toString()), env)).isSameAs(again);
  }

  @Test
  void shouldQueryVersionAndEnvOnceAndCacheThem() {
    Path go = GoToolchainFixture.go();
    Map<String, String> env = GoToolchainFixture.environment();
    Toolchain first = ToolchainLocator.locate(Optional.of(go.toString()), env);
    assertThat(first.versionOutput()).startsWith("go version go1.");
    assertThat(first.goVersion()).startsWith("go1.");
    assertThat(first.goEnv()).containsKeys("GOROOT", "GOHOSTOS", "GOHOSTARCH", "GOCACHE");
    assertThat(first.hostTarget()).isPresent();
    assertThat(first.foundBy()).isEqualTo("goCommand(...)");
    assertThat(first.source()).isEqualTo(ToolchainSource.GO_COMMAND);
    assertThat(ToolchainLocator.locate(Optional.of(go.toString()), env)).isSameAs(first);
  }

  @Test
  void shouldReadGoEnvWhenGoFlagsAskForCommandTracing() {
    // GOFLAGS=-x (here in the environment; `go env -w GOFLAGS=-x` acts the same) makes every go
    // command print WORK=/tmp/go-build... on standard error, around the JSON.
    Path go = GoToolchainFixture.go();
    Map<String, String> env = new HashMap<>(GoToolchainFixture.environment());
    env.put("GOFLAGS", "-x");

    Toolchain tc = ToolchainLocator.locate(Optional.of(go.toString()), env);

    assertThat(tc.versionOutput()).startsWith("go version go1.");
    assertThat(tc.goEnv()).containsEntry("GOFLAGS", "-x").containsKeys("GOROOT", "GOVERSION");
  }
}
