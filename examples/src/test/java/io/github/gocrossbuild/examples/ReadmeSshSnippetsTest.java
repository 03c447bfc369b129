package io.github.gocrossbuild.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.ssh.ConnectedSshd;
import io.github.gocrossbuild.ssh.SshHost;
import io.github.gocrossbuild.ssh.Sshd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's SSH blocks as pasted ({@link ReadmeSnippets}), run against a real sshd on 127.0.0.1:
 * the host is made by the {@code ssh-host} block from the server's address, user, key and
 * known_hosts, then built on, debugged on and pooled with this machine.
 */
class ReadmeSshSnippetsTest {
  @RegisterExtension static final ConnectedSshd server = new ConnectedSshd();

  @TempDir Path tmp;

  private SshHost host() throws Exception {
    Sshd sshd = server.sshd();
    ReadmeSnippets.Ran ran =
        ReadmeSnippets.compiled()
            .run(
                "ssh-host",
                Map.of(
                    "address", "127.0.0.1",
                    "port", sshd.port(),
                    "user", System.getProperty("user.name"),
                    "privateKey", sshd.userKey(),
                    "knownHosts", sshd.knownHosts()));
    return (SshHost) ran.get("host");
  }

  @Test
  void shouldMakeTheSshHostFromItsFiveSettings() throws Exception {
    SshHost host = host();

    assertThat(host.address()).isEqualTo("127.0.0.1:" + server.sshd().port());
    assertThat(host.user()).isEqualTo(System.getProperty("user.name"));
    assertThat(host.identityFiles()).containsExactly(server.sshd().userKey());
    assertThat(host.knownHosts()).isEqualTo(server.sshd().knownHosts());
  }

  @Test
  void shouldConnectToTheConfigsAliasThroughItsJumpHost() throws Exception {
    Sshd sshd = server.sshd();
    Path config = tmp.resolve("config");
    // The jump host is the same sshd: it forwards to itself.
    Files.writeString(
        config,
        sshd.configBlock("arm64-box", sshd.knownHosts())
            + "  ProxyJump bastion\n"
            + sshd.configBlock("bastion", sshd.knownHosts()));

    ReadmeSnippets.Ran ran =
        ReadmeSnippets.compiled()
            .run("ssh-config", Map.of("alias", "arm64-box", "sshConfig", config));

    assertThat(ran.stdout())
        .startsWith(
            System.getProperty("user.name")
                + "@127.0.0.1:"
                + sshd.port()
                + " through 1 jump host(s) is linux/"
                + GoArch.current().orElseThrow().goName());
  }

  @Test
  void shouldExplainAWorkspaceOnTheServer() throws Exception {
    Path ws = Files.createDirectories(tmp.resolve("ws/.vscode")).getParent();
    Files.writeString(
        ws.resolve(".vscode/tasks.json"),
        "{\"version\": \"2.0.0\", \"tasks\": [{\"label\": \"build\", \"type\": \"shell\","
            + " \"command\": \"go build\", \"options\": {\"env\": {\"GOARCH\": \"arm64\"}}}]}");
    Files.writeString(ws.resolve(".vscode/settings.json"), "{\"go.formatTool\": \"goreturns\"}");
    String ssh =
        "ssh://" + System.getProperty("user.name") + "@127.0.0.1:" + server.sshd().port() + ws;

    ReadmeSnippets.Ran ran =
        ReadmeSnippets.compiled()
            .run(
                "remote-workspace",
                Map.of("host", host(), "remoteDir", ws.toString(), "label", "build"));

    String arch = GoArch.current().orElseThrow().goName();
    String sshHome =
        "ssh://"
            + System.getProperty("user.name")
            + "@127.0.0.1:"
            + server.sshd().port()
            + System.getProperty("user.home");
    assertThat(ran.stdout().lines())
        .containsExactly(
            "GOARCH=arm64 from "
                + ssh
                + "/.vscode/tasks.json task \"build\" options.env; hides GOARCH="
                + arch
                + " from Go's built-in default: the host's GOHOSTARCH (linux/"
                + arch
                + ")",
            "info [env.cgo-off-cross] cgo is off for task \"build\" (linux/arm64) because Go turns"
                + " it off when cross-compiling from linux/"
                + arch
                + " and nothing sets CGO_ENABLED; packages with cgo files fall back to pure Go or"
                + " fail to build (`go list` is not run on the machine where the workspace lives)."
                + " To decide: set CGO_ENABLED=0 to"
                + " say pure Go is meant, or CGO_ENABLED=1 with CC set to a C cross compiler.",
            "error [env.format-tool-missing] "
                + ssh
                + "/.vscode/settings.json go.formatTool is goreturns, but goreturns is not"
                + " installed there (looked at "
                + sshHome
                + "/go/bin/goreturns, PATH): formatting a Go file fails. Run `go install"
                + " github.com/sqs/goreturns@latest` there (or Go: Install/Update Tools), or set"
                + " go.formatTool to default.");
  }

  @Test
  void shouldRunTheSshBuildAndPrintTheProof() throws Exception {
    Path module = ExampleModules.copy("hello-service", tmp);

    ReadmeSnippets.Ran ran =
        ReadmeSnippets.compiled().run("ssh", Map.of("host", host(), "module", module));

    assertThat(ran.stdout().lines())
        .first()
        .asString()
        .startsWith("host: ")
        .contains("linux/" + GoArch.current().orElseThrow().goName());
    assertThat(ran.stdout().lines())
        .contains(
            "  format:    ELF 64-bit LSB, ARM aarch64",
            "  target:    linux/arm64/v8.0",
            "  linking:   static");
    GoBinary artifact = GoBinary.read(module.resolve("bin/hello-service-linux-arm64"));
    assertThat(artifact.goos()).contains(GoOs.LINUX);
    assertThat(artifact.goarch()).contains(GoArch.ARM64);
  }

  @Test
  void shouldRunTheDebugSessionUntilEnterIsPressed() throws Exception {
    Sshd.requireTool(Path.of("/usr/bin/dlv"), "delve");
    Path module = ExampleModules.copy("hello-service", tmp);

    ReadmeSnippets.Ran ran =
        ReadmeSnippets.compiled().run("debug", Map.of("host", host(), "module", module), "\n");

    assertThat(ran.stdout())
        .contains("\"request\": \"attach\"", "\"mode\": \"remote\"", "\"host\": \"127.0.0.1\"")
        .containsPattern(
            "(?m)^Delve on \\S+ is at 127\\.0\\.0\\.1:\\d+; press Enter to stop it\\.$");
  }

  @Test
  void shouldRunThePoolBuildOnThisMachineAndTheSshHost() throws Exception {
    Path module = ExampleModules.copy("hello-service", tmp);

    ReadmeSnippets.Ran ran =
        ReadmeSnippets.compiled().run("pool", Map.of("host", host(), "module", module));

    assertThat(ran.stdout().lines().map(l -> l.substring(0, l.indexOf(' '))))
        .containsExactlyInAnyOrder(
            "linux/amd64",
            "linux/arm64",
            "linux/arm/v7",
            "linux/riscv64",
            "windows/amd64",
            "darwin/arm64");
    assertThat(ran.stdout().lines())
        .allMatch(
            l -> l.matches("\\S+ built on (local|\\S+@127\\.0\\.0\\.1:\\d+) \\(linux/\\w+\\)"));
  }
}
