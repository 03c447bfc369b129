package io.github.gocrossbuild.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.config.ConfigFileReport;
import io.github.gocrossbuild.config.ConfigFileStatus;
import io.github.gocrossbuild.config.ConfigWriteReport;
import io.github.gocrossbuild.config.ProjectConfigs;
import io.github.gocrossbuild.internal.jsonc.JsonText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Tests for {@link ProjectConfigs}: every generated file of every kind validates with no issue, for
 * specs with cgo, variants, Windows, tags and awkward linker flags.
 */
class ProjectConfigsValidityTest {
  private static final Map<ConfigKind, Function<ProjectConfigs, String>> FILES = files();

  @TempDir Path tmp;

  private static Map<ConfigKind, Function<ProjectConfigs, String>> files() {
    Map<ConfigKind, Function<ProjectConfigs, String>> m = new LinkedHashMap<>();
    m.put(ConfigKind.VSCODE_TASKS, ProjectConfigs::tasksJson);
    m.put(ConfigKind.VSCODE_LAUNCH, ProjectConfigs::launchJson);
    m.put(ConfigKind.VSCODE_SETTINGS, ProjectConfigs::settingsJson);
    m.put(ConfigKind.DEVCONTAINER, ProjectConfigs::devcontainerJson);
    m.put(ConfigKind.GORELEASER, ProjectConfigs::goreleaserYaml);
    m.put(ConfigKind.AZURE_FUNCTIONS_HOST, ProjectConfigs::hostJson);
    return m;
  }

  private static ProjectConfigs assertAllValid(GoCrossBuilder builder) {
    ProjectConfigs configs = builder.configs().forwardPorts(8080).forwardHttpRequests(true);
    boolean functions =
        builder.spec().targets().stream()
            .anyMatch(
                t -> List.of("linux/amd64", "windows/amd64", "windows/386").contains(t.platform()));
    FILES.forEach(
        (kind, file) -> {
          if (kind == ConfigKind.AZURE_FUNCTIONS_HOST && !functions) {
            return;
          }
          String text = file.apply(configs);
          ValidationReport report = ConfigValidator.standard().validate(kind, text);
          assertThat(report.issues()).as("%s:%n%s", kind, text).isEmpty();
        });
    return configs;
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldWriteValidFilesForACgoCrossBuildWithTagsAndLdflags() throws IOException {
    ProjectConfigs configs =
        assertAllValid(
            GoCrossBuild.target("linux/arm64")
                .cgo()
                .moduleDir(GoModules.hello(tmp))
                .tags("netgo", "osusergo")
                .ldflags("-X 'main.version=1.2 beta'", "-X", "main.note=say \"hi\""));

    // GoReleaser, read as YAML 1.2, passes the very -ldflags, tags and variables the task passes.
    Map<?, ?> yaml =
        (Map<?, ?>)
            new Load(LoadSettings.builder().build()).loadFromString(configs.goreleaserYaml());
    Map<?, ?> build = (Map<?, ?>) ((List<?>) yaml.get("builds")).get(0);
    String tasks = configs.tasksJson();
    assertThat(tasks)
        .contains(JsonText.quote("-ldflags=" + ((List<?>) build.get("ldflags")).get(0)));
    assertThat(build.get("tags")).isEqualTo(List.of("netgo", "osusergo"));
    assertThat(build.get("goarch")).isEqualTo(List.of("arm64"));
    assertThat((List<Object>) build.get("env"))
        .contains("CGO_ENABLED=1", "CC=/usr/bin/aarch64-linux-gnu-gcc");
    assertThat(tasks).contains("\"CC\": \"/usr/bin/aarch64-linux-gnu-gcc\"");
  }

  @Test
  void shouldWriteValidFilesForVariantTargets() throws IOException {
    ProjectConfigs configs =
        assertAllValid(
            GoCrossBuild.targets(Target.parse("linux/arm/v7"), Target.parse("linux/amd64/v3"))
                .noCgo()
                .moduleDir(GoModules.hello(tmp))
                .ldflags("-X main.built=$(date +%s)"));

    assertThat(configs.tasksJson())
        .contains(
            "\"${workspaceFolder}/bin/hello-linux-arm-v7\"",
            "\"${workspaceFolder}/bin/hello-linux-amd64-v3\"",
            "\"-ldflags=-s -w -X 'main.built=$(date +%s)'\"",
            "\"GOARM\": \"7\"",
            "\"GOAMD64\": \"v3\"");
    assertThat(configs.goreleaserYaml())
        .contains(
            "    binary: 'hello-linux-arm-v7'\n",
            "    goarm:\n      - '7'\n",
            "    goamd64:\n      - 'v3'\n",
            "    mod_timestamp: '{{ .CommitTimestamp }}'\n");
  }

  @Test
  void shouldWriteValidFilesForWindowsWithTags() throws IOException {
    ProjectConfigs configs =
        assertAllValid(
            GoCrossBuild.target("windows/amd64")
                .noCgo()
                .moduleDir(GoModules.hello(tmp))
                .tags("prod")
                .buildvcs(false));

    assertThat(configs.hostJson())
        .contains("\"defaultExecutablePath\": \"bin/hello-windows-amd64.exe\"")
        .contains("\"enableForwardingHttpRequest\": true");
    assertThat(configs.settingsJson()).contains("\"go.buildTags\": \"prod\"");
    assertThat(configs.settingsJson()).doesNotContain("GOOS");
    assertThat(configs.devcontainerJson()).contains("\"forwardPorts\": [8080]");
  }

  @Test
  void shouldWriteValidFilesForDarwinWithoutStripping() throws IOException {
    assertAllValid(
        GoCrossBuild.target("darwin/arm64")
            .noCgo()
            .moduleDir(GoModules.hello(tmp))
            .strip(false)
            .gcflags("all=-N", "-l"));
  }

  @Test
  void shouldWriteAHostJsonThatTheCustomHandlerCheckAcceptsForTheBuiltHandler() throws Exception {
    Path module = GoModules.hello(tmp);
    Path app = Files.createDirectories(tmp.resolve("functions-app"));
    GoCrossBuilder builder =
        GoCrossBuild.targets(
                Target.parse("linux/arm64"),
                Target.parse("windows/amd64"),
                Target.parse("linux/amd64"))
            .noCgo()
            .moduleDir(module)
            .outputDir(app.resolve("handlers"));

    ConfigWriteReport report = builder.configs().writeTo(app);
    BuildResult handler = builder.runAll().get(1);

    assertThat(report.file("host.json").orElseThrow().status()).isEqualTo(ConfigFileStatus.CREATED);
    assertThat(handler.target()).isEqualTo(Target.parse("windows/amd64"));
    Path hostJson = app.resolve("host.json");
    ValidationReport check = ConfigValidator.standard().checkCustomHandler(hostJson, handler);
    assertThat(check.issues()).as(Files.readString(hostJson)).isEmpty();
    // The path resolves from host.json's directory, as the Functions host resolves it.
    String path =
        new tools.jackson.databind.json.JsonMapper()
            .readTree(Files.readString(hostJson))
            .path("customHandler")
            .path("description")
            .path("defaultExecutablePath")
            .asString();
    assertThat(app.resolve(path)).isEqualTo(handler.artifact());
    assertThat(
            new tools.jackson.databind.json.JsonMapper()
                .readTree(Files.readString(app.resolve("local.settings.json")))
                .path("Values")
                .path("FUNCTIONS_WORKER_RUNTIME")
                .asString())
        .isEqualTo("custom");
  }

  @Test
  void shouldLeaveMergedFilesValid() throws IOException {
    Path module = GoModules.hello(tmp);
    Path vscode = Files.createDirectories(module.resolve(".vscode"));
    Files.writeString(
        vscode.resolve("settings.json"),
        "// team\n{\n  \"editor.formatOnSave\": true, // yes\n  \"go.lintTool\": \"staticcheck\",\n}\n");
    Files.writeString(
        vscode.resolve("tasks.json"),
        "{\n  \"version\": \"2.0.0\",\n  \"tasks\": [\n    {\"label\": \"test\", \"type\":"
            + " \"process\", \"command\": \"go\", \"args\": [\"test\", \"./...\"]},\n  ]\n}\n");

    ConfigWriteReport report =
        GoCrossBuild.target("linux/arm64")
            .noCgo()
            .moduleDir(module)
            .tags("netgo")
            .configs()
            .writeTo(module);

    for (ConfigFileReport f : report.files()) {
      if (f.status() == ConfigFileStatus.SKIPPED) {
        continue;
      }
      assertThat(ConfigValidator.standard().validate(f.file()).issues())
          .as("%s%n%s", f, Files.readString(f.file()))
          .isEmpty();
    }
    assertThat(report.file(".vscode/tasks.json").orElseThrow().status())
        .isEqualTo(ConfigFileStatus.CHANGED);
  }
}
