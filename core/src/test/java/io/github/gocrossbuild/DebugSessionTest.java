package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.internal.debug.DelvePolicy;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.testing.DapClient;
import io.github.gocrossbuild.testing.DebugProcesses;
import io.github.gocrossbuild.testing.RealTools;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Tests for {@link DebugSession} on this machine, with the real Go and the real Delve. */
class DebugSessionTest {
  @TempDir Path tmp;
  private Path module;
  private BuildHost host;
  private final List<BuildEvent> events = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() {
    GoToolchainFixture.go();
    RealTools.dlv();
    module = GoToolchainFixture.copyModule("debuggee", tmp);
    host = BuildHosts.local(GoToolchainFixture.environment());
  }

  private GoCrossBuilder debuggee() {
    Target here = Target.current().orElseThrow();
    return GoCrossBuild.target(Target.of(here.goos(), here.goarch()))
        .noCgo()
        .moduleDir(module)
        .on(host)
        .listener(events::add);
  }

  @Test
  void shouldStopInWorkWhenAttachedOverDapAsVsCodeDoes() {
    List<String> frames;
    Path artifact;
    try (DebugSession s = debuggee().debug("one", "two words")) {
      artifact = s.build().artifact();
      assertThat(artifact.getFileName().toString()).startsWith("debuggee-debug-");
      assertThat(s.build().binary().hasDebugInfo()).isTrue();
      assertThat(s.build().binary().isStripped()).isFalse();
      assertThat(s.build().command()).contains("-gcflags=all=-N -l", "-trimpath");
      assertThat(s.localPort()).isEqualTo(s.remotePort());
      assertThat(s.host()).isEqualTo("local");
      assertThat(DebugProcesses.listenersOn(s.localPort())).containsExactly("127.0.0.1");
      try (DapClient dap = DapClient.connect(s.localPort())) {
        frames = dap.stopIn("main.work");
      }
    }
    assertThat(frames.get(0)).isEqualTo("main.work\texample.com/debuggee/main.go");
    assertThat(frames.get(1)).isEqualTo("main.main\texample.com/debuggee/main.go");
    // The full path: another test run on the machine may debug a binary of the same name.
    assertThat(DebugProcesses.running(artifact.toString())).isEmpty();
    assertThat(events)
        .filteredOn(e -> !(e instanceof BuildEvent.OutputLine))
        .map(e -> e.getClass().getSimpleName())
        .containsSubsequence("ArtifactWritten", "DebugStarted", "DebugListening", "DebugClosed");
  }

  @Test
  void shouldEndDelveAndTheProgramOnClose() {
    String name;
    DebugSession s = debuggee().debug();
    name = s.build().artifact().toString();
    assertThat(DebugProcesses.running(name)).hasSize(2);
    s.close();
    s.close();
    assertThat(DebugProcesses.running(name)).isEmpty();
    assertThat(events).filteredOn(e -> e instanceof BuildEvent.DebugClosed).hasSize(1);
  }

  @Test
  void shouldGiveAnAttachConfigurationForTheLocalPort() {
    try (DebugSession s = debuggee().debug()) {
      JsonNode c = JsonMapper.builder().build().readTree(s.launchConfiguration());
      assertThat(c.path("type").asString()).isEqualTo("go");
      assertThat(c.path("request").asString()).isEqualTo("attach");
      assertThat(c.path("mode").asString()).isEqualTo("remote");
      assertThat(c.path("host").asString()).isEqualTo("127.0.0.1");
      assertThat(c.path("port").asInt()).isEqualTo(s.localPort());
      assertThat(c.path("substitutePath").path(0).path("from").asString())
          .isEqualTo(module.toString());
      assertThat(c.path("substitutePath").path(0).path("to").asString())
          .isEqualTo("example.com/debuggee");
      assertThat(c.path("name").asString())
          .isEqualTo(
              "Attach to "
                  + s.build().artifact().getFileName()
                  + " ("
                  + s.build().target()
                  + " on local)");
    }
  }

  @Test
  void shouldWarnAndRelaxTheVersionCheckForAnOlderDelve() {
    try (DebugSession s = debuggee().debug()) {
      String go = s.build().binary().buildInfo().orElseThrow().goVersion();
      List<String> command =
          events.stream()
              .filter(e -> e instanceof BuildEvent.DebugStarted)
              .map(e -> ((BuildEvent.DebugStarted) e).command())
              .findFirst()
              .orElseThrow();
      assertThat(command.subList(1, 8))
          .containsExactly(
              "exec",
              s.build().artifact().toString(),
              "--headless",
              "--listen=127.0.0.1:0",
              "--accept-multiclient",
              "--api-version=2",
              "--check-go-version=false");
      assertThat(events)
          .filteredOn(e -> e instanceof BuildEvent.Warning)
          .map(e -> ((BuildEvent.Warning) e).id())
          .containsExactly(DelvePolicy.TOO_OLD);
      assertThat(go).isEqualTo(RealTools.goVersion());
    }
  }

  @Test
  void shouldRefuseAnOlderDelveUnderStrictChecks() {
    assertThatThrownBy(() -> debuggee().strictDelveVersion().debug())
        .isInstanceOf(DebugException.class)
        .hasMessageContaining(") is older than the " + RealTools.goVersion() + " ")
        .hasMessageContaining("Strict version checks were asked for (strictDelveVersion())")
        .hasMessageContaining("go install github.com/go-delve/delve/cmd/dlv@latest");
  }

  @Test
  void shouldSayHowToInstallDelveWhenThereIsNone() {
    Path missing = tmp.resolve("no/dlv");
    assertThatThrownBy(() -> debuggee().dlv(missing).debug())
        .isInstanceOf(DebugException.class)
        .hasMessage(
            "dlv("
                + missing
                + ") is not a usable Delve on local. Looked at: dlv(...) "
                + missing
                + " (missing). Pass the path of a working dlv or install one: go install"
                + " github.com/go-delve/delve/cmd/dlv@latest (lands in ~/go/bin), or the OS"
                + " package (apt-get install delve, brew install delve).");
  }

  @Test
  void shouldRefuseAForeignTargetWithoutAHostOfThatPlatform() {
    Target here = Target.current().orElseThrow();
    Target foreign = Target.parse(here.goarch() == GoArch.ARM64 ? "linux/amd64" : "linux/arm64");
    assertThatThrownBy(
            () -> GoCrossBuild.target(foreign).noCgo().moduleDir(module).on(host).debug())
        .isInstanceOf(DebugException.class)
        .hasMessage(
            "Cannot debug "
                + foreign
                + " on this machine ("
                + here
                + "): Delve runs where the program runs. Use an SSH host of that platform:"
                + " GoCrossBuild.target(\""
                + foreign
                + "\").on(SshBuildHost.connect(...)).debug().");
  }

  @Test
  void shouldRefuseAHostThatCannotRunDelve() {
    BuildHost plain =
        new BuildHost() {
          @Override
          public String name() {
            return "plain";
          }

          @Override
          public java.util.Optional<Target> platform() {
            return host.platform();
          }

          @Override
          public io.github.gocrossbuild.spi.Toolchain toolchain(
              java.util.Optional<String> goCommand, java.util.Map<String, String> extraEnv) {
            return host.toolchain(goCommand, extraEnv);
          }

          @Override
          public io.github.gocrossbuild.spi.HostEnvironment environment(
              io.github.gocrossbuild.spi.Toolchain toolchain) {
            return host.environment(toolchain);
          }

          @Override
          public io.github.gocrossbuild.spi.HostBuildOutcome build(
              io.github.gocrossbuild.spi.HostBuildRequest request) {
            return host.build(request);
          }
        };
    assertThatThrownBy(() -> debuggee().on(plain).debug())
        .isInstanceOf(DebugException.class)
        .hasMessage("plain cannot run Delve: debug on this machine or on an SSH build host.")
        .extracting(e -> ((DebugException) e).host())
        .isEqualTo("plain");
  }
}
