package io.github.gocrossbuild.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.config.VsCodeSettings;
import io.github.gocrossbuild.internal.jsonc.JsoncObject;
import io.github.gocrossbuild.internal.jsonc.JsoncSyntax;
import io.github.gocrossbuild.internal.jsonc.JsoncTree;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests for {@link SettingsLayers}: three files merged as VS Code merges them. */
class SettingsLayersTest {
  private static SettingsLayers.Layer layer(String name, String json) {
    return new SettingsLayers.Layer(
        (JsoncObject) JsoncTree.read(name, json, JsoncSyntax.VSCODE), name);
  }

  @Test
  void shouldMergeObjectsMemberByMemberUntilAFileGivesAnotherKindOfValue() {
    VsCodeSettings s =
        SettingsLayers.merge(
            List.of(
                layer(
                    "machine",
                    "{\"go.toolsEnvVars\": {\"GOFLAGS\": \"-tags=m\", \"CC\": \"m-cc\"},"
                        + " \"go.testEnvVars\": {\"A\": \"1\"}, \"go.gopath\": \"/m\"}"),
                layer(
                    "file",
                    "{\"go.toolsEnvVars\": {\"GOOS\": \"linux\", \"CC\": \"f-cc\"},"
                        + " \"go.testEnvVars\": \"not an object\"}"),
                layer(
                    "folder",
                    "{\"go.toolsEnvVars\": {\"GOARCH\": \"arm64\"},"
                        + " \"go.testEnvVars\": {\"B\": \"2\"}}")));

    assertThat(s.file()).contains("folder");
    assertThat(s.toolsEnvVars())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("GOFLAGS", "-tags=m", "CC", "f-cc", "GOOS", "linux", "GOARCH", "arm64"));
    // The workspace file's string replaced the machine's object; the folder's object replaced it.
    assertThat(s.testEnvVars()).containsExactly(Map.entry("B", "2"));
    assertThat(s.origins())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "go.toolsEnvVars/GOOS", "file",
                "go.toolsEnvVars/CC", "file",
                "go.toolsEnvVars/GOFLAGS", "machine",
                "go.gopath", "machine"));
  }
}
