package io.github.gocrossbuild.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.ssh.Sshd;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link ExplainRemoteWorkspace} against a real sshd through an ssh config alias, on a
 * workspace whose task puts GOARCH in the ignored {@code env} and whose settings name a GOROOT the
 * server lacks.
 */
class ExplainRemoteWorkspaceTest {

  @Test
  void shouldExplainTheTaskAndTheSettingsOnTheServer(@TempDir Path tmp) throws Exception {
    Sshd.requireTool(Sshd.SSHD, "openssh-server");
    Path ws = Files.createDirectories(tmp.resolve("ws/.vscode")).getParent();
    Files.writeString(
        ws.resolve(".vscode/tasks.json"),
        "{\"version\": \"2.0.0\", \"tasks\": [{\"label\": \"build\", \"type\": \"shell\","
            + " \"command\": \"go build\", \"env\": {\"GOARCH\": \"arm64\"},"
            + " \"options\": {\"env\": {\"GOOS\": \"linux\"}}}]}");
    Files.writeString(ws.resolve(".vscode/settings.json"), "{\"go.goroot\": \"/opt/no-such-go\"}");
    try (Sshd sshd = Sshd.start(tmp.resolve("sshd"))) {
      Path config = tmp.resolve("config");
      Files.writeString(config, sshd.configBlock("box", sshd.knownHosts()));
      String ssh = "ssh://" + System.getProperty("user.name") + "@127.0.0.1:" + sshd.port();

      String printed =
          Printed.by(
              () ->
                  ExplainRemoteWorkspace.main(
                      new String[] {"box", ws.toString(), "build", config.toString()}));

      String arch = GoArch.current().orElseThrow().goName();
      assertThat(printed.lines())
          .containsExactly(
              "Task build of " + ws + " on 127.0.0.1:" + sshd.port(),
              "GOARCH="
                  + arch
                  + " from Go's built-in default: the host's GOHOSTARCH (linux/"
                  + arch
                  + ")",
              "error [env.task-env-ignored] Task \"build\" ("
                  + ssh
                  + ws
                  + "/.vscode/tasks.json:1) has \"env\": {GOARCH=arm64} directly on the task; VS"
                  + " Code ignores it and runs the task with the parent environment. Move it into"
                  + " \"options\": {\"env\": {...}}.",
              "error [env.setting-path-missing] "
                  + ssh
                  + ws
                  + "/.vscode/settings.json go.goroot names "
                  + ssh
                  + "/opt/no-such-go, which does not exist there: the Go extension runs no go from"
                  + " it; set it to the GOROOT of a Go installed there (`go env GOROOT`) or remove"
                  + " the setting.");
    }
  }
}
