package io.github.gocrossbuild.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.DebugSession;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.schema.ConfigKind;
import io.github.gocrossbuild.schema.ConfigValidator;
import io.github.gocrossbuild.schema.ValidationReport;
import io.github.gocrossbuild.ssh.SshBuildHost;
import io.github.gocrossbuild.ssh.Sshd;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The launch configuration {@link RemoteDebug} prints for a real debug session on a real sshd, put
 * into a launch.json as the user does, passes the project's launch.json schema and rules with zero
 * issues and points at the forward.
 */
class RemoteDebugTest {

  @Test
  void shouldPrintALaunchJsonThatValidatesAndPointsAtTheForwardedPort(@TempDir Path tmp)
      throws Exception {
    Sshd.requireTool(Sshd.GO, "golang-1.23-go");
    Sshd.requireTool(Path.of("/usr/bin/dlv"), "delve");
    try (Sshd sshd = Sshd.start(tmp.resolve("sshd"));
        SshBuildHost remote = SshBuildHost.connect(sshd.hostBuilder().build());
        DebugSession session =
            GoCrossBuild.target(remote.platform().orElseThrow())
                .noCgo()
                .moduleDir(Path.of("go/hello-service"))
                .outputDir(tmp.resolve("bin"))
                .goCommand(Sshd.GO)
                .on(remote)
                .debug("-listen", "127.0.0.1:0")) {
      String launch = launchJson(session);
      ValidationReport report =
          ConfigValidator.standard().validate(ConfigKind.VSCODE_LAUNCH, launch);
      assertThat(report.issues()).isEmpty();
      JsonNode c = JsonMapper.builder().build().readTree(launch).path("configurations").path(0);
      assertThat(c.path("port").asInt()).isEqualTo(session.localPort());
      assertThat(c.path("host").asString()).isEqualTo("127.0.0.1");
      assertThat(c.path("substitutePath").path(0).path("from").asString())
          .isEqualTo(Path.of("go/hello-service").toAbsolutePath().normalize().toString());
      assertThat(c.path("substitutePath").path(0).path("to").asString())
          .isEqualTo("example.com/hello-service");
      assertThat(Files.isRegularFile(session.build().artifact())).isTrue();
    }
  }

  /** Wraps the session's configuration into a whole launch.json, as the user pastes it. */
  private static String launchJson(DebugSession session) {
    String configuration = session.launchConfiguration().replace("\n", "\n    ");
    return String.format(
        "{%n  \"version\": \"0.2.0\",%n  \"configurations\": [%n    %s%n  ]%n}%n", configuration);
  }
}
