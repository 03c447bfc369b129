package io.github.gocrossbuild.internal.debug;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.spi.DebugRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link DelvePolicy}. */
class DelvePolicyTest {
  private static final String DLV_1_20 = "Delve Debugger\nVersion: 1.20.2\nBuild: $Id: e0c2 $\n";

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
  void shouldCallADelveTooOldOnlyWhenItsVersionIsKnownAndBelowGo() {
    assertThat(DelvePolicy.tooOld("command not found", "go1.23.5", "dlv", "local", false))
        .isEmpty();
    assertThat(DelvePolicy.tooOld(DLV_1_20, "go1.20.1", "dlv", "local", false)).isEmpty();
    assertThat(DelvePolicy.tooOld(DLV_1_20, "go1.23.5", "/bin/dlv", "local", true))
        .contains(
            "Delve 1.20.2 (/bin/dlv on local) is older than the go1.23.5 that built the binary:"
                + " Delve 1.N supports Go up to 1.N. Strict version checks were asked for"
                + " (strictDelveVersion()). Install a newer Delve: go install"
                + " github.com/go-delve/delve/cmd/dlv@latest (lands in ~/go/bin), or the OS package"
                + " (apt-get install delve, brew install delve).");
  }

  @Test
  void shouldAddTheVersionSwitchOnlyWhenTheCheckIsOff() {
    assertThat(DelvePolicy.argv("dlv", "/a", false, List.of("x")))
        .containsExactly(
            "dlv",
            "exec",
            "/a",
            "--headless",
            "--listen=127.0.0.1:0",
            "--accept-multiclient",
            "--api-version=2",
            "--check-go-version=false",
            "--",
            "x");
  }
}
