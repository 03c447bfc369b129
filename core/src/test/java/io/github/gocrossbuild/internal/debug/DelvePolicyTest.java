package io.github.gocrossbuild.internal.debug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.DebugException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.spi.DebugRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tests for {@link DelvePolicy}. */
class DelvePolicyTest {
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
  void shouldCompareDelveMinorWithGoMinor() {
    assertThat(DelvePolicy.olderThanGo("1.20.2", "go1.23.5")).isTrue();
    assertThat(DelvePolicy.olderThanGo("1.23.0", "go1.23.5")).isFalse();
    assertThat(DelvePolicy.olderThanGo("1.24.1", "go1.23")).isFalse();
    assertThat(DelvePolicy.olderThanGo("1.20.2", "devel +abc")).isFalse();
  }

  @Test
  void shouldReadDelveVersionAndListeningPort() {
    assertThat(DelvePolicy.delveVersion(DLV_1_20)).contains("1.20.2");
    assertThat(DelvePolicy.delveVersion("command not found")).isEmpty();
    assertThat(DebugRequest.listeningPort("API server listening at: 127.0.0.1:41234"))
        .contains(41234);
    assertThat(DebugRequest.listeningPort("API server listening at: [::]:41234")).isEmpty();
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
}
