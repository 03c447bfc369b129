package io.github.gocrossbuild.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.config.ConfigParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link VsCodeWorkspace} opened through a {@code .code-workspace} file. */
class VsCodeWorkspaceFileTest {
  @TempDir Path tmp;
  private Path folder;
  private Path file;
  private Map<String, String> process;
  private ToolchainFacts facts;

  @BeforeEach
  void setUp() throws IOException {
    folder = Files.createDirectories(tmp.resolve("services/edge"));
    Files.createDirectories(folder.resolve(".vscode"));
    file = tmp.resolve("fleet.code-workspace");
    Path goroot = Files.createDirectories(tmp.resolve("goroot"));
    process = Map.of("HOME", tmp.resolve("home").toString(), "PATH", "");
    facts = VsCodeWorkspaceTest.linuxFacts(goroot);
  }

  @Test
  void shouldLayTheWorkspaceFilesSettingsUnderTheFoldersAndNameWhichFileSetEach()
      throws IOException {
    Files.writeString(
        file,
        "{\n  // two services, one window\n  \"folders\": [{\"path\": \"./services/edge\"},"
            + " {\"path\": \"services/other\"}],\n"
            + "  \"settings\": {\"go.toolsEnvVars\": {\"GOOS\": \"linux\", \"GOARCH\": \"arm64\"},"
            + " \"go.goroot\": \"/opt/go\"},\n}\n");
    Files.writeString(
        folder.resolve(".vscode/settings.json"),
        "{\"go.toolsEnvVars\": {\"GOARCH\": \"riscv64\"}}");

    VsCodeWorkspace w = VsCodeWorkspace.load(file, process, facts);

    assertThat(w.directory()).isEqualTo(folder);
    ResolvedEnv tools = w.goToolsEnv();
    assertThat(tools.get("GOARCH")).contains("riscv64");
    assertThat(tools.get("GOOS")).contains("linux");
    assertThat(tools.explain("GOARCH").winner().orElseThrow().origin())
        .isEqualTo(folder.resolve(".vscode/settings.json") + " go.toolsEnvVars");
    assertThat(tools.explain("GOOS").winner().orElseThrow().origin())
        .isEqualTo(file + " go.toolsEnvVars");
    assertThat(w.settings().origin("go.goroot")).isEqualTo(file + " go.goroot");
  }

  @Test
  void shouldReadTheWorkspaceFileAloneWhenTheFolderHasNoSettings() throws IOException {
    Files.writeString(
        file,
        "{\"folders\": [{\"path\": \"" + folder + "\"}], \"settings\": {\"go.gopath\": \"/gp\"}}");

    VsCodeWorkspace w = VsCodeWorkspace.load(file, process, facts);

    assertThat(w.directory()).isEqualTo(folder);
    assertThat(w.settings().gopath()).contains("/gp");
    assertThat(w.settings().origin("go.gopath")).isEqualTo(file + " go.gopath");
  }

  @Test
  void shouldLayTheUsersSettingsUnderTheWorkspaceFileAndTheFolder() throws IOException {
    Path user = tmp.resolve("home/.config/Code/User/settings.json");
    Files.createDirectories(user.getParent());
    Files.writeString(
        user, "{\"go.toolsEnvVars\": {\"GOFLAGS\": \"-mod=mod\", \"GOOS\": \"plan9\"}}");
    Files.writeString(
        file,
        "{\"folders\": [{\"path\": \"services/edge\"}],"
            + " \"settings\": {\"go.toolsEnvVars\": {\"GOOS\": \"linux\"}}}");

    ResolvedEnv tools = VsCodeWorkspace.load(file, process, facts).goToolsEnv();

    assertThat(tools.get("GOFLAGS")).contains("-mod=mod");
    assertThat(tools.explain("GOFLAGS").winner().orElseThrow().origin())
        .isEqualTo(user + " go.toolsEnvVars");
    assertThat(tools.get("GOOS")).contains("linux");
    assertThat(tools.explain("GOOS").winner().orElseThrow().origin())
        .isEqualTo(file + " go.toolsEnvVars");
  }

  @Test
  void shouldRefuseAWorkspaceFileThatNamesNoFolder() throws IOException {
    Files.writeString(file, "{\n  \"settings\": {}\n}\n");

    assertThatThrownBy(() -> VsCodeWorkspace.load(file, process, facts))
        .isInstanceOf(ConfigParseException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining(
            "names no folder: VS Code opens the folders listed under \"folders\"; add"
                + " \"folders\": [{\"path\": \".\"}] or give the folder itself");
  }
}
