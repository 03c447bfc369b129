package io.github.gocrossbuild.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.config.ConfigParseException;
import io.github.gocrossbuild.config.VsCodeLaunchConfiguration;
import io.github.gocrossbuild.config.VsCodeSettings;
import io.github.gocrossbuild.config.VsCodeTask;
import io.github.gocrossbuild.config.VsCodeTasks;
import io.github.gocrossbuild.internal.jsonc.JsoncObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link VsCodeConfigReader}. */
class VsCodeConfigReaderTest {
  @TempDir Path tmp;

  private JsoncObject read(String content) throws IOException {
    Path f = tmp.resolve("f.json");
    Files.writeString(f, content);
    return VsCodeConfigReader.readObject(f, "f.json").orElseThrow();
  }

  @Test
  void shouldMapTheEnvironmentSettingsAndIgnoreGoLanguageBlocks() throws IOException {
    VsCodeSettings s =
        VsCodeConfigReader.settings(
            read(
                "\uFEFF{\n// c\n"
                    + "\"go.toolsEnvVars\": {\"GOFLAGS\": \"-mod=mod\", \"N\": 1},\n"
                    + "\"go.gopath\": \"/gp\", \"go.inferGopath\": true, \"http.proxy\": \"http://p\",\n"
                    + "\"[go]\": {\"go.toolsEnvVars\": {\"GOARCH\": \"arm64\"}, \"go.gopath\": \"/x\","
                    + " \"editor.formatOnSave\": true},\n}"),
            "settings.json");
    assertThat(s.file()).contains("settings.json");
    assertThat(s.toolsEnvVars())
        .containsExactly(Map.entry("GOFLAGS", "-mod=mod"), Map.entry("N", "1"));
    assertThat(s.gopath()).contains("/gp");
    assertThat(s.inferGopath()).isTrue();
    assertThat(s.httpProxy()).contains("http://p");
    assertThat(s.scalarSettings()).containsOnlyKeys("go.gopath", "go.inferGopath", "http.proxy");
  }

  @Test
  void shouldLayWorkspaceSettingsOverMachineSettingsMemberByMember() throws IOException {
    JsoncObject machine =
        read(
            "{\"go.toolsEnvVars\": {\"GOFLAGS\": \"-tags=m\", \"GOOS\": \"plan9\"},"
                + " \"go.goroot\": \"/m/go\", \"go.alternateTools\": {\"go\": \"/m/bin/go\"}}");
    JsoncObject workspace =
        read("{\"go.toolsEnvVars\": {\"GOOS\": \"linux\"}, \"go.gopath\": \"/w/gp\"}");
    VsCodeSettings s =
        SettingsLayers.merge(
            List.of(
                new SettingsLayers.Layer(machine, "machine.json"),
                new SettingsLayers.Layer(workspace, "ws.json")));
    assertThat(s.file()).contains("ws.json");
    assertThat(s.toolsEnvVars())
        .containsExactlyInAnyOrderEntriesOf(Map.of("GOFLAGS", "-tags=m", "GOOS", "linux"));
    assertThat(s.goroot()).contains("/m/go");
    assertThat(s.gopath()).contains("/w/gp");
    assertThat(s.alternateTools()).containsExactly(Map.entry("go", "/m/bin/go"));
    assertThat(s.origins())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "go.toolsEnvVars/GOFLAGS", "machine.json",
                "go.goroot", "machine.json",
                "go.alternateTools", "machine.json"));
    assertThat(s.origin("go.toolsEnvVars", "GOFLAGS")).isEqualTo("machine.json go.toolsEnvVars");
    assertThat(s.origin("go.toolsEnvVars", "GOOS")).isEqualTo("ws.json go.toolsEnvVars");
    assertThat(s.origin("go.goroot")).isEqualTo("machine.json go.goroot");
    assertThat(s.origin("go.gopath")).isEqualTo("ws.json go.gopath");
  }

  @Test
  void shouldMapTasksWithIgnoredEnvOsOverridesAndLines() throws IOException {
    VsCodeTasks t =
        VsCodeConfigReader.tasks(
            read(
                "{\"version\": \"2.0.0\",\n"
                    + "\"options\": {\"env\": {\"A\": \"1\"}}, \"linux\": {\"options\": {\"env\": {\"B\":"
                    + " \"2\"}}},\n\"tasks\": [\n  {\"label\": \"t\", \"command\": \"go\", \"args\":"
                    + " [\"build\", \"-v\"], \"env\": {\"GOOS\": \"linux\"},\n"
                    + "   \"windows\": {\"options\": {\"env\": {\"GOOS\": \"windows\"}}}}]}"),
            "tasks.json");
    assertThat(t.optionsEnv()).containsExactly(Map.entry("A", "1"));
    assertThat(t.osOptionsEnv()).containsExactly(Map.entry("linux", Map.of("B", "2")));
    VsCodeTask task = t.tasks().get(0);
    assertThat(task.label()).isEqualTo("t");
    assertThat(task.line()).isEqualTo(4);
    assertThat(task.args()).containsExactly("build", "-v");
    assertThat(task.ignoredEnv()).containsExactly(Map.entry("GOOS", "linux"));
    assertThat(task.osOptionsEnv())
        .containsExactly(Map.entry("windows", Map.of("GOOS", "windows")));
  }

  @Test
  void shouldMapLaunchEnvFilesAndNullUnsets() throws IOException {
    List<VsCodeLaunchConfiguration> c =
        VsCodeConfigReader.launch(
                read(
                    "{\"configurations\": [{"
                        + "\"name\": \"d\", \"type\": \"go\", \"request\": \"launch\", \"envFile\":"
                        + " [\"a.env\", \"b.env\"], \"env\": {\"GOFLAGS\": \"-v\", \"GOOS\": null}}]}"),
                "launch.json")
            .configurations();
    assertThat(c).hasSize(1);
    assertThat(c.get(0).envFiles()).containsExactly("a.env", "b.env");
    assertThat(c.get(0).env()).containsExactly(Map.entry("GOFLAGS", "-v"));
    assertThat(c.get(0).unsetEnv()).containsExactly("GOOS");
  }

  @Test
  void shouldRejectMalformedJsoncWithFileLineAndColumn() throws IOException {
    Path f = tmp.resolve("bad.json");
    Files.writeString(f, "{\n  \"a\": [1,\n}");
    assertThatThrownBy(() -> VsCodeConfigReader.readObject(f, "bad.json"))
        .isInstanceOf(ConfigParseException.class)
        .hasMessageStartingWith("bad.json:3:1");
    Files.writeString(f, "[]");
    assertThatThrownBy(() -> VsCodeConfigReader.readObject(f, "bad.json"))
        .isInstanceOf(ConfigParseException.class)
        .hasMessage("bad.json:1:1: expected a JSON object at the top level");
  }
}
