package io.github.gocrossbuild.internal.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvFindingId;
import io.github.gocrossbuild.env.ToolchainFacts;
import io.github.gocrossbuild.env.VsCodeWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link SettingChecks}, through {@link VsCodeWorkspace#settingsFindings()}. */
class SettingChecksTest {
  @TempDir Path tmp;

  private List<EnvFinding> findings(String settings) throws IOException {
    Path ws = Files.createDirectories(tmp.resolve("ws/.vscode")).getParent();
    Files.writeString(ws.resolve(".vscode/settings.json"), settings);
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    ToolchainFacts facts = ToolchainFacts.builder().hostTarget(Target.parse("linux/amd64")).build();
    return VsCodeWorkspace.load(ws, Map.of("HOME", home.toString(), "PATH", bin.toString()), facts)
        .settingsFindings();
  }

  private static void executable(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void shouldNameMissingPathsWithTheSettingAndTheFix() throws IOException {
    Files.createDirectories(tmp.resolve("goroot-without-bin"));
    List<EnvFinding> f =
        findings(
            "{\"go.goroot\": \""
                + tmp
                + "/goroot-without-bin\", \"go.gopath\": \"/home/youruser/go\","
                + " \"go.toolsGopath\": \"~/tools\", \"go.alternateTools\": {\"dlv\": \"~/bin/dlv\","
                + " \"gopls\": \"gopls-nightly\"}}");
    String settings = tmp + "/ws/.vscode/settings.json";
    assertThat(f).extracting(EnvFinding::kind).containsOnly(EnvFindingId.SETTING_PATH_MISSING);
    assertThat(f)
        .extracting(EnvFinding::message)
        .containsExactly(
            settings
                + " go.goroot names "
                + tmp
                + "/goroot-without-bin, which holds no bin/go there: the Go extension runs no go"
                + " from it; set it to the GOROOT of a Go installed there (`go env GOROOT`) or"
                + " remove the setting.",
            settings
                + " go.gopath names /home/youruser/go, which is not a directory there: tools"
                + " installed or looked up there are not found; create it, point the setting at an"
                + " existing directory of this machine, or remove the setting.",
            settings
                + " go.toolsGopath names "
                + tmp
                + "/home/tools, which is not a directory there: tools installed or looked up there"
                + " are not found; create it, point the setting at an existing directory of this"
                + " machine, or remove the setting.",
            settings
                + " go.alternateTools \"dlv\" names "
                + tmp
                + "/home/bin/dlv, which is not an executable file there: the Go extension fails to"
                + " run dlv; install it there or fix the path.",
            settings
                + " go.alternateTools \"gopls\" names gopls-nightly (on PATH), which is not an"
                + " executable file there: the Go extension fails to run gopls; install it there or"
                + " fix the path.");
  }

  @Test
  void shouldFindNothingWhenEveryPathExists() throws IOException {
    executable(tmp.resolve("goroot/bin/go"));
    executable(tmp.resolve("home/bin/dlv"));
    executable(tmp.resolve("bin/gopls-nightly"));
    Files.createDirectories(tmp.resolve("home/tools"));
    assertThat(
            findings(
                "{\"go.goroot\": \""
                    + tmp
                    + "/goroot\", \"go.toolsGopath\": \"~/tools\","
                    + " \"go.alternateTools\": {\"dlv\": \"~/bin/dlv\", \"gopls\":"
                    + " \"gopls-nightly\"}}"))
        .isEmpty();
  }

  @Test
  void shouldFindAFormatterThatIsNotInstalledAndAcceptItOnceItIs() throws IOException {
    String settings = "{\"go.formatTool\": \"gofumpt\"}";
    assertThat(findings(settings))
        .extracting(EnvFinding::message)
        .containsExactly(
            tmp
                + "/ws/.vscode/settings.json go.formatTool is gofumpt, but gofumpt is not installed"
                + " there (looked at "
                + tmp
                + "/home/go/bin/gofumpt, PATH): formatting a Go file fails. Run `go install"
                + " mvdan.cc/gofumpt@latest` there (or Go: Install/Update Tools), or set"
                + " go.formatTool to default.");
    executable(tmp.resolve("home/go/bin/gofumpt"));
    assertThat(findings(settings)).isEmpty();
    assertThat(findings("{\"go.formatTool\": \"gofmt\"}")).isEmpty();
  }
}
