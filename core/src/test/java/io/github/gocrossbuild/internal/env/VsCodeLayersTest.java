package io.github.gocrossbuild.internal.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.config.VsCodeLaunchConfiguration;
import io.github.gocrossbuild.config.VsCodeSettings;
import io.github.gocrossbuild.config.VsCodeTask;
import io.github.gocrossbuild.config.VsCodeTasks;
import io.github.gocrossbuild.env.EnvBinding;
import io.github.gocrossbuild.env.EnvConsumer;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link VsCodeLayers}. */
class VsCodeLayersTest {
  private static final Map<String, String> PROCESS =
      Map.of("HOME", "/h", "GOPATH", "/env/gp", "GOOS", "linux");

  @TempDir Path tmp;

  private static VsCodeLayers layers(String folder, VsCodeSettings settings) {
    return new VsCodeLayers(
        new VsCodeVariables.Context(folder, "/", PROCESS, settings.scalarSettings()),
        settings,
        "linux");
  }

  private static Map<String, String> process(List<EnvBinding> bindings) {
    return ResolvedEnv.of(EnvConsumer.VSCODE_TASK, bindings, List.of()).processEnvironment();
  }

  @Test
  void shouldLayerTaskOptionsEnvAndOsOverridesInOrder() {
    VsCodeTasks tasks =
        VsCodeTasks.builder()
            .file("tasks.json")
            .optionsEnv(Map.of("GOARCH", "arm", "GOFLAGS", "-x"))
            .putOsOptionsEnv("linux", Map.of("GOARCH", "riscv64"))
            .putOsOptionsEnv("windows", Map.of("GOOS", "windows"))
            .build();
    VsCodeTask task =
        VsCodeTask.builder()
            .label("t")
            .optionsEnv(Map.of("GOFLAGS", "-v", "GOCACHE", "${workspaceFolder}/c"))
            .ignoredEnv(Map.of("GOARCH", "arm64"))
            .build();
    List<String> unresolved = new ArrayList<>();
    List<EnvBinding> b = layers("/ws", VsCodeSettings.empty()).task(tasks, task, unresolved);
    assertThat(process(b))
        .containsEntry("GOARCH", "riscv64")
        .containsEntry("GOFLAGS", "-v")
        .containsEntry("GOOS", "linux")
        .containsEntry("GOCACHE", "/ws/c");
    assertThat(b)
        .filteredOn(x -> x.name().equals("GOARCH"))
        .extracting(EnvBinding::origin)
        .containsExactly("tasks.json options.env", "tasks.json linux.options.env");
    assertThat(unresolved).isEmpty();
  }

  @Test
  void shouldGiveTheInstallerItsDeletionsAndToolsGopath() {
    VsCodeSettings s =
        VsCodeSettings.builder()
            .file("s.json")
            .toolsGopath("/tools")
            .toolsEnvVars(Map.of("GOARCH", "arm64", "GOAMD64", "v3"))
            .build();
    Map<String, String> env = process(layers("/ws", s).toolInstaller());
    assertThat(env)
        .containsEntry("GOPATH", "/tools")
        .containsEntry("GOBIN", "")
        .containsEntry("GOTOOLCHAIN", "auto")
        .containsEntry("GOAMD64", "v3")
        .doesNotContainKeys("GOOS", "GOARCH", "GOROOT", "GOFLAGS", "GOENV", "GO111MODULE");
  }

  @Test
  void shouldLayerTestsAndDebugOnTopOfTheTools() throws IOException {
    Path envFile = tmp.resolve("dbg.env");
    Files.writeString(envFile, "GOFLAGS=-race\nGOPROXY=${GOPATH}/proxy\n");
    VsCodeSettings s =
        VsCodeSettings.builder()
            .file("s.json")
            .toolsEnvVars(Map.of("GOFLAGS", "-json -mod=mod"))
            .testEnvVars(Map.of("GOWORK", "${env:HOME}/w"))
            .build();
    VsCodeLayers l = layers("/ws", s);
    assertThat(process(l.tools())).containsEntry("GOFLAGS", " -mod=mod");
    assertThat(process(l.tests(new ArrayList<>()))).containsEntry("GOWORK", "${env:HOME}/w");
    VsCodeLaunchConfiguration c =
        VsCodeLaunchConfiguration.builder()
            .name("d")
            .envFiles(List.of(envFile.toString()))
            .env(Map.of("GOFLAGS", "-v"))
            .unsetEnv(List.of("GOOS"))
            .build();
    List<String> missing = new ArrayList<>();
    Map<String, String> debug = process(l.debug("launch.json", c, new ArrayList<>(), missing));
    assertThat(debug)
        .containsEntry("GOFLAGS", "-v")
        .containsEntry("GOPROXY", "/env/gp/proxy")
        .doesNotContainKey("GOOS");
    assertThat(missing).isEmpty();
  }

  @Test
  void shouldInferGopathFromTheWorkspaceWhenGoInferGopathIsTrue() throws IOException {
    VsCodeSettings infer =
        VsCodeSettings.builder().file("s.json").inferGopath(true).gopath("/configured").build();
    EnvBinding b = lastGopath(layers("/home/me/gopath/src/example.com/app", infer).tools());
    assertThat(b.value()).isEqualTo("/home/me/gopath:/env/gp");
    assertThat(b.layer()).isEqualTo(EnvLayer.VSCODE_GO_PATH_SETTINGS);
    assertThat(b.origin()).isEqualTo("s.json go.inferGopath (inferred from the workspace folder)");

    Path root = Files.createDirectories(tmp.resolve("gp/src")).getParent();
    assertThat(lastGopath(layers(root.toString(), infer).tools()).value())
        .isEqualTo(root + ":/env/gp");
    Files.writeString(root.resolve("go.mod"), "module m\n");
    assertThat(lastGopath(layers(root.toString(), infer).tools()).value()).isEqualTo("/configured");
    VsCodeSettings off = VsCodeSettings.builder().from(infer).inferGopath(false).build();
    assertThat(lastGopath(layers("/home/me/gopath/src/app", off).tools()).value())
        .isEqualTo("/configured");
  }

  private static EnvBinding lastGopath(List<EnvBinding> bindings) {
    EnvBinding out = null;
    for (EnvBinding b : bindings) {
      if (b.name().equals("GOPATH")) {
        out = b;
      }
    }
    return out;
  }
}
