package io.github.gocrossbuild.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.DebugException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.debug.DelvePolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tests for {@link DebugRequest}: the Delve rules applied to a request. */
class DebugRequestTest {
  private static final String DLV_1_20 = "Delve Debugger\nVersion: 1.20.2\nBuild: $Id: e0c2 $\n";
  private final List<BuildEvent> events = new ArrayList<>();

  private DebugRequest request(String goVersion, boolean strict) {
    return new DebugRequest(
        Target.parse("linux/arm64"),
        Path.of("/tmp/app"),
        List.of("--port", "two words"),
        Optional.empty(),
        strict,
        goVersion,
        events::add);
  }

  @Test
  void shouldListenOnLoopbackPortZeroAndPassArgumentsAfterDashes() {
    List<String> argv = request("go1.20.1", false).delveArgv("h", "/bin/dlv", DLV_1_20, "/w/app");
    assertThat(argv)
        .containsExactly(
            "/bin/dlv",
            "exec",
            "/w/app",
            "--headless",
            "--listen=127.0.0.1:0",
            "--accept-multiclient",
            "--api-version=2",
            "--",
            "--port",
            "two words");
    assertThat(events).isEmpty();
  }

  @Test
  void shouldWarnAndSkipTheGoVersionCheckForAnOlderDelve() {
    List<String> argv = request("go1.23.5", false).delveArgv("pi@b:22", "dlv", DLV_1_20, "/w/a");
    assertThat(argv).contains("--check-go-version=false");
    assertThat(events)
        .containsExactly(
            new BuildEvent.Warning(
                Target.parse("linux/arm64"),
                new BuildWarning(
                    DelvePolicy.TOO_OLD,
                    "Delve 1.20.2 (dlv on pi@b:22) is older than the go1.23.5 that built the binary:"
                        + " Delve 1.N supports Go up to 1.N. It runs with --check-go-version=false;"
                        + " stepping and variables may misbehave. Install a newer Delve: go install"
                        + " github.com/go-delve/delve/cmd/dlv@latest (lands in ~/go/bin), or the OS"
                        + " package (apt-get install delve, brew install delve).")));
  }

  @Test
  void shouldRefuseAnOlderDelveWhenStrict() {
    assertThatThrownBy(() -> request("go1.23.5", true).delveArgv("local", "dlv", DLV_1_20, "/a"))
        .isInstanceOf(DebugException.class)
        .hasMessageStartingWith(
            "Delve 1.20.2 (dlv on local) is older than the go1.23.5 that built the binary");
    assertThat(events).isEmpty();
  }

  @Test
  void shouldSayHowToInstallDelveWhenNoneIsFound() {
    DebugException e = request("go1.23.5", false).delveNotFound("pi@b:22", List.of("PATH: no dlv"));
    assertThat(e.getMessage())
        .isEqualTo(
            "No Delve (dlv) found on pi@b:22. Looked at: PATH: no dlv. Install it on that host: go"
                + " install github.com/go-delve/delve/cmd/dlv@latest (lands in ~/go/bin), or the OS"
                + " package (apt-get install delve, brew install delve); or pass its path with"
                + " dlv(...).");
  }

  @Test
  void shouldNameTheExplicitDelveThatIsNotUsable() {
    DebugRequest request =
        new DebugRequest(
            Target.parse("linux/arm64"),
            Path.of("/tmp/app"),
            List.of(),
            Optional.of("/opt/dlv"),
            false,
            "go1.23.5",
            events::add);
    assertThat(request.delveNotFound("local", List.of("/opt/dlv: not executable")).getMessage())
        .isEqualTo(
            "dlv(/opt/dlv) is not a usable Delve on local. Looked at: /opt/dlv: not executable."
                + " Pass the path of a working dlv or install one: go install"
                + " github.com/go-delve/delve/cmd/dlv@latest (lands in ~/go/bin), or the OS package"
                + " (apt-get install delve, brew install delve).");
  }
}
