package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.gocrossbuild.config.ConfigParseException;
import io.github.gocrossbuild.env.EnvBinding;
import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.env.VsCodeWorkspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tests for {@link SshBuildHost#workspace(String)}: a Remote-SSH workspace read on a real sshd, as
 * a throwaway user whose {@code ~/.bashrc} exports GOARCH under {@code $SSH_CONNECTION}.
 */
class SshWorkspaceTest {
  private static LoginUser user;
  private static SshBuildHost host;
  private static String home;
  private static String ssh;

  @BeforeAll
  static void start() throws IOException {
    Sshd.requireTool(Sshd.SSHD, "openssh-server");
    user = LoginUser.create();
    home = user.home();
    Path h = Path.of(home);
    Files.writeString(
        h.resolve(".bashrc"),
        String.join(
            "\n",
            "case $- in",
            "  *i*) ;;",
            "  *) return;;",
            "esac",
            "export PATH=\"$HOME/tools/bin:$PATH\"",
            "if [ -n \"$SSH_CONNECTION\" ]; then",
            "  export GOARCH=amd64",
            "fi",
            ""));
    write(h.resolve(".config/go/env"), "GOARCH=arm64\nGOFLAGS=-trimpath\n");
    write(
        h.resolve(".vscode-server/data/Machine/settings.json"),
        "{\n  // the server's machine settings\n  \"go.toolsEnvVars\": {\"GOFLAGS\": \"-tags=server\"},"
            + "\n  \"go.testEnvVars\": {\"GOEXPERIMENT\": \"loopvar\"}\n}\n");
    Path ws = h.resolve("ws/.vscode");
    write(ws.resolve("settings.json"), "{\"go.toolsEnvVars\": {\"GOOS\": \"linux\"}}");
    write(
        ws.resolve("tasks.json"),
        String.join(
            "\n",
            "{ \"version\": \"2.0.0\", \"tasks\": [",
            "  {\"label\": \"ignored\", \"type\": \"shell\", \"command\": \"go build\",",
            "   \"env\": {\"GOARCH\": \"arm64\"}},",
            "  {\"label\": \"honored\", \"type\": \"shell\", \"command\": \"go build\",",
            "   \"options\": {\"env\": {\"GOARCH\": \"arm64\"}}}",
            "]}"));
    write(
        ws.resolve("launch.json"),
        "{\"configurations\": [{\"name\": \"Launch\", \"type\": \"go\", \"request\": \"launch\","
            + " \"envFile\": \"${workspaceFolder}/.env\"}]}");
    write(h.resolve("ws/.env"), "GOFLAGS=-mod=vendor\nexport CGO_ENABLED=0\n");
    host =
        SshBuildHost.connect(
            user.sshd()
                .hostBuilder()
                .user(user.name())
                .remoteCacheDir(home + "/.cache/gocrossbuild")
                .build());
    ssh = "ssh://" + user.name() + "@127.0.0.1:" + user.sshd().port();
  }

  @AfterAll
  static void stop() {
    if (host != null) {
      host.close();
    }
    if (user != null) {
      user.close();
    }
  }

  private static void write(Path file, String content) throws IOException {
    write(file, content.getBytes(StandardCharsets.UTF_8));
  }

  private static void write(Path file, byte[] content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, content);
  }

  private static String origin(ResolvedEnv env, String name) {
    return env.explain(name).winner().map(EnvBinding::origin).orElse("(none)");
  }

  private static List<String> ids(ResolvedEnv env) {
    return env.findings().stream().map(EnvFinding::id).toList();
  }

  @Test
  void shouldIgnoreTaskEnvAndAttributeGoarchToBashrcLine() {
    VsCodeWorkspace ws = host.workspace("~/ws");
    assertThat(ws.directory()).isEqualTo(Path.of(home, "ws"));
    assertThat(ws.tasks().file()).contains(ssh + home + "/ws/.vscode/tasks.json");

    ResolvedEnv ignored = ws.taskEnv("ignored");
    assertThat(ignored.get("GOARCH")).contains("amd64");
    assertThat(ignored.explain("GOARCH").layer()).contains(EnvLayer.PROCESS);
    assertThat(origin(ignored, "GOARCH")).isEqualTo("~/.bashrc line 7 (login shell bash -il)");
    assertThat(ids(ignored)).contains("env.task-env-ignored", "env.go-env-shadowed");
    assertThat(ignored.findings())
        .filteredOn(f -> f.id().equals("env.go-env-shadowed"))
        .extracting(EnvFinding::message)
        .containsExactly(
            "GOARCH=arm64 in "
                + home
                + "/.config/go/env (go env -w) is hidden by GOARCH=amd64 in the process"
                + " environment, set by ~/.bashrc line 7 (login shell bash -il): a non-empty"
                + " environment value always wins (golang/go#68270). Unset GOARCH where the"
                + " environment is set up (shell profile, CI, IDE), or drop the file value with"
                + " `go env -u GOARCH`.");
    // The go env -w value that nothing shadows applies, read from the server's file.
    assertThat(ignored.get("GOFLAGS")).contains("-trimpath");
    assertThat(origin(ignored, "GOFLAGS")).isEqualTo(home + "/.config/go/env");
    assertThat(origin(ignored, "PATH")).isEqualTo("~/.bashrc line 5 (login shell bash -il)");

    ResolvedEnv honored = ws.taskEnv("honored");
    assertThat(honored.get("GOARCH")).contains("arm64");
    assertThat(origin(honored, "GOARCH"))
        .isEqualTo(ssh + home + "/ws/.vscode/tasks.json task \"honored\" options.env");
  }

  @Test
  void shouldLayMachineSettingsUnderWorkspaceSettingsWithTheirOrigins() {
    VsCodeWorkspace ws = host.workspace(home + "/ws/");
    String machine = ssh + home + "/.vscode-server/data/Machine/settings.json";
    assertThat(ws.settings().origins())
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.of("go.toolsEnvVars/GOFLAGS", machine, "go.testEnvVars", machine));
    ResolvedEnv tools = ws.goToolsEnv();
    assertThat(tools.get("GOFLAGS")).contains("-tags=server");
    assertThat(origin(tools, "GOFLAGS")).isEqualTo(machine + " go.toolsEnvVars");
    assertThat(tools.get("GOOS")).contains("linux");
    assertThat(origin(tools, "GOOS"))
        .isEqualTo(ssh + home + "/ws/.vscode/settings.json go.toolsEnvVars");
    ResolvedEnv tests = ws.testEnv();
    assertThat(origin(tests, "GOEXPERIMENT")).isEqualTo(machine + " go.testEnvVars");
  }

  @Test
  void shouldOpenAWorkspaceFileOnTheServerWithItsSettingsBetweenMachineAndFolder()
      throws IOException {
    write(
        Path.of(home, "fleet.code-workspace"),
        "{\"folders\": [{\"path\": \"ws\"}], \"settings\": {\"go.toolsEnvVars\":"
            + " {\"GOFLAGS\": \"-tags=fleet\", \"CGO_ENABLED\": \"0\"}}}");
    VsCodeWorkspace ws = host.workspace("~/fleet.code-workspace");
    String file = ssh + home + "/fleet.code-workspace";
    assertThat(ws.directory()).isEqualTo(Path.of(home, "ws"));
    ResolvedEnv tools = ws.goToolsEnv();
    // The workspace file's GOFLAGS wins over the machine's; the folder's GOOS over both.
    assertThat(tools.get("GOFLAGS")).contains("-tags=fleet");
    assertThat(origin(tools, "GOFLAGS")).isEqualTo(file + " go.toolsEnvVars");
    assertThat(origin(tools, "CGO_ENABLED")).isEqualTo(file + " go.toolsEnvVars");
    assertThat(origin(tools, "GOOS"))
        .isEqualTo(ssh + home + "/ws/.vscode/settings.json go.toolsEnvVars");
  }

  @Test
  void shouldReadLaunchEnvFileOnTheServer() {
    ResolvedEnv debug = host.workspace("ws").debugEnv("Launch");
    assertThat(debug.get("GOFLAGS")).contains("-mod=vendor");
    assertThat(debug.get("CGO_ENABLED")).contains("0");
    assertThat(origin(debug, "GOFLAGS"))
        .isEqualTo(ssh + home + "/ws/.vscode/launch.json \"Launch\" envFile " + home + "/ws/.env");
    assertThat(ids(debug)).doesNotContain("env.env-file-missing");
  }

  @Test
  void shouldFindSettingsNamingWhatTheServerLacks() throws IOException {
    write(
        Path.of(home, "lint/.vscode/settings.json"),
        "{\"go.goroot\": \"/opt/no-such-go\", \"go.formatTool\": \"gofumpt\","
            + " \"go.toolsGopath\": \"~/tools\"}");
    String settings = ssh + home + "/lint/.vscode/settings.json";
    assertThat(host.workspace("~/lint").settingsFindings())
        .extracting(EnvFinding::id, EnvFinding::message)
        .containsExactly(
            tuple(
                "env.setting-path-missing",
                settings
                    + " go.goroot names "
                    + ssh
                    + "/opt/no-such-go, which does not exist there: the Go extension runs no go"
                    + " from it; set it to the GOROOT of a Go installed there (`go env GOROOT`) or"
                    + " remove the setting."),
            tuple(
                "env.format-tool-missing",
                settings
                    + " go.formatTool is gofumpt, but gofumpt is not installed there (looked at "
                    + ssh
                    + home
                    + "/tools/bin/gofumpt, "
                    + ssh
                    + home
                    + "/go/bin/gofumpt, PATH): formatting a Go file fails. Run `go install"
                    + " mvdan.cc/gofumpt@latest` there (or Go: Install/Update Tools), or set"
                    + " go.formatTool to default."));
    Path gofumpt = Path.of(home, "tools/bin/gofumpt");
    Files.writeString(gofumpt, "#!/bin/sh\n");
    Files.setPosixFilePermissions(gofumpt, PosixFilePermissions.fromString("rwxr-xr-x"));
    try {
      assertThat(host.workspace("~/lint").settingsFindings())
          .extracting(EnvFinding::id)
          .containsExactly("env.setting-path-missing");
    } finally {
      Files.delete(gofumpt);
    }
  }

  @Test
  void shouldRefuseTruncatedJsoncNamingTheRemoteFile() throws IOException {
    write(Path.of(home, "trunc/.vscode/settings.json"), "{\"go.gopath\": \"/x\",");
    String file = ssh + home + "/trunc/.vscode/settings.json";
    assertThatThrownBy(() -> host.workspace("~/trunc"))
        .isInstanceOfSatisfying(
            ConfigParseException.class, e -> assertThat(e.file()).isEqualTo(file))
        .hasMessageStartingWith(file + ":1:");
  }

  @Test
  void shouldRefuseBinaryGarbageNamingTheRemoteFile() throws IOException {
    write(Path.of(home, "bin/.vscode/tasks.json"), new byte[] {'{', 0, (byte) 0xC3, '(', '}'});
    assertRefused(
        "bin",
        "tasks.json",
        "Invalid UTF-8 byte 0xC3 at byte offset 2; the file is binary or in another encoding, save"
            + " it as UTF-8.");
  }

  @Test
  void shouldRefuseAHugeFileNamingTheRemoteFile() throws IOException {
    byte[] huge = new byte[10 * 1024 * 1024 + 1];
    Arrays.fill(huge, (byte) ' ');
    write(Path.of(home, "huge/.vscode/launch.json"), huge);
    assertRefused(
        "huge",
        "launch.json",
        "The file is larger than 10485760 bytes, far beyond any real configuration file; check"
            + " that this is the right file.");
  }

  /** Loading {@code ~/dir} fails with a problem in {@code .vscode/name}, named on the server. */
  private static void assertRefused(String dir, String name, String problem) {
    String file = ssh + home + "/" + dir + "/.vscode/" + name;
    assertThatThrownBy(() -> host.workspace("~/" + dir))
        .isInstanceOfSatisfying(
            ConfigParseException.class,
            e -> {
              assertThat(e.file()).isEqualTo(file);
              assertThat(e.problem()).isEqualTo(problem);
            });
  }

  @Test
  void shouldReadAPathWithShellSyntaxAsWritten() throws IOException {
    String name = "q $(touch PWNED) `touch PWNED2` 'x\" y";
    write(
        Path.of(home, name, ".vscode/settings.json"), "{\"go.toolsEnvVars\": {\"GOOS\": \"js\"}}");
    write(Path.of(home, name, ".env"), "GOWORK=off\n");
    write(
        Path.of(home, name, ".vscode/launch.json"),
        "{\"configurations\": [{\"name\": \"L\", \"type\": \"go\", \"request\": \"launch\","
            + " \"envFile\": \"${workspaceFolder}/.env\"}]}");
    VsCodeWorkspace ws = host.workspace("~/" + name);
    assertThat(ws.settings().file()).contains(ssh + home + "/" + name + "/.vscode/settings.json");
    assertThat(ws.goToolsEnv().get("GOOS")).contains("js");
    assertThat(ws.debugEnv("L").get("GOWORK")).contains("off");
    assertThat(Path.of(home, "PWNED")).doesNotExist();
    assertThat(Path.of(home, "PWNED2")).doesNotExist();
    assertThat(Path.of(home, name, "PWNED")).doesNotExist();
  }
}
