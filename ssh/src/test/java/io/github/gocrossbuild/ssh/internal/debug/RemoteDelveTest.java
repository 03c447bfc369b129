package io.github.gocrossbuild.ssh.internal.debug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.DebugException;
import io.github.gocrossbuild.DebugSession;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.ssh.SshBuildHost;
import io.github.gocrossbuild.ssh.Sshd;
import io.github.gocrossbuild.testing.DapClient;
import io.github.gocrossbuild.testing.DebugProcesses;
import io.github.gocrossbuild.testing.RealTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tests for {@link RemoteDelve}: debug sessions on an SSH host (a real sshd on this machine, so the
 * host's process and socket tables are this machine's), driven over DAP as VS Code does.
 */
class RemoteDelveTest {
  @TempDir static Path shared;
  static Sshd sshd;
  @TempDir Path tmp;
  private final List<BuildEvent> events = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startSshd() {
    Sshd.requireTool(Sshd.GO, "golang-1.23-go");
    RealTools.dlv();
    sshd = Sshd.start(shared.resolve("sshd"));
  }

  @AfterAll
  static void stopSshd() {
    if (sshd != null) {
      sshd.close();
    }
  }

  private Path module;

  @BeforeEach
  void copyDebuggee() {
    module = copy(Path.of("../core/src/test/go/debuggee").toAbsolutePath().normalize(), tmp);
  }

  private GoCrossBuilder debuggee(SshBuildHost host) {
    Target here = host.platform().orElseThrow();
    return GoCrossBuild.target(Target.of(here.goos(), here.goarch()))
        .noCgo()
        .moduleDir(module)
        .goCommand(Sshd.GO)
        .on(host)
        .listener(events::add);
  }

  /** Returns the binary's path on the host, from Delve's command line. */
  private String remoteBinary() {
    return events.stream()
        .filter(e -> e instanceof BuildEvent.DebugStarted)
        .map(e -> ((BuildEvent.DebugStarted) e).command().get(2))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void shouldStopInWorkOverDapThroughTheForwardAndLeaveNothingAfterClose() {
    List<String> frames;
    String binary;
    try (SshBuildHost host = SshBuildHost.connect(sshd.hostBuilder().build());
        DebugSession s = debuggee(host).debug("--flag", "two words")) {
      binary = remoteBinary();
      assertThat(s.host()).isEqualTo(host.name());
      assertThat(s.localPort()).isNotEqualTo(s.remotePort());
      assertThat(DebugProcesses.listenersOn(s.remotePort())).containsExactly("127.0.0.1");
      assertThat(DebugProcesses.listenersOn(s.localPort())).containsExactly("127.0.0.1");
      assertThat(DebugProcesses.running(binary)).hasSize(2);
      JsonNode launch = JsonMapper.builder().build().readTree(s.launchConfiguration());
      assertThat(launch.path("port").asInt()).isEqualTo(s.localPort());
      assertThat(launch.path("substitutePath").path(0).path("to").asString())
          .isEqualTo("example.com/debuggee");
      try (DapClient dap = DapClient.connect(s.localPort())) {
        frames = dap.stopIn("main.work");
      }
      assertThat(frames.get(0)).isEqualTo("main.work\texample.com/debuggee/main.go");
      assertThat(frames.get(1)).isEqualTo("main.main\texample.com/debuggee/main.go");
    }
    assertThat(DebugProcesses.running(binary)).isEmpty();
    assertThat(events)
        .filteredOn(
            e -> e instanceof BuildEvent.DebugListening || e instanceof BuildEvent.DebugClosed)
        .hasSize(2);
  }

  @Test
  void shouldKillDelveAndTheProgramWhenTheConnectionDrops() {
    try (SshBuildHost host = SshBuildHost.connect(sshd.hostBuilder().build())) {
      DebugSession s = debuggee(host).debug();
      String binary = remoteBinary();
      assertThat(DebugProcesses.running(binary)).hasSize(2);
      sshd.killConnections();
      assertThat(DebugProcesses.running(binary)).isEmpty();
      s.close();
    }
  }

  @Test
  void shouldEndDebugSessionsWhenTheHostIsClosedFirst() {
    SshBuildHost host = SshBuildHost.connect(sshd.hostBuilder().build());
    DebugSession s = debuggee(host).debug();
    String binary = remoteBinary();
    host.close();
    assertThat(DebugProcesses.running(binary)).isEmpty();
    s.close();
  }

  @Test
  void shouldSayHowToInstallDelveWhenTheHostHasNone() {
    try (SshBuildHost host = SshBuildHost.connect(sshd.hostBuilder().build())) {
      assertThatThrownBy(() -> debuggee(host).dlv(Path.of("/nonexistent/dlv")).debug())
          .isInstanceOf(DebugException.class)
          .hasMessage(
              "dlv(/nonexistent/dlv) is not a usable Delve on "
                  + host.name()
                  + ". Looked at: dlv(...) /nonexistent/dlv (missing). Pass the path of a working"
                  + " dlv or install one: go install github.com/go-delve/delve/cmd/dlv@latest"
                  + " (lands in ~/go/bin), or the OS package (apt-get install delve, brew install"
                  + " delve).");
    }
  }

  private static Path copy(Path source, Path parent) {
    Path target = parent.resolve(source.getFileName().toString());
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : (Iterable<Path>) files.sorted()::iterator) {
        Path dest = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }
}
