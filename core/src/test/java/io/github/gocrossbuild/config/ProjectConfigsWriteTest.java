package io.github.gocrossbuild.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.GoToolchainFixture;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.jsonc.JsoncObject;
import io.github.gocrossbuild.internal.jsonc.JsoncSyntax;
import io.github.gocrossbuild.internal.jsonc.JsoncTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link ProjectConfigs#writeTo}: existing files are edited in place, the user's bytes
 * survive, a second write changes nothing, and a user's entry is never overwritten.
 */
class ProjectConfigsWriteTest {
  private static final String MARKER =
      "// Written by GoCrossBuild from the build spec; it updates this.";
  private static final String FILE_MARKER =
      "// Written by GoCrossBuild from the build spec; it updates ";
  private static final String USER_SETTINGS =
      String.join(
          "\n",
          "// Team settings: keep them sorted.",
          "{",
          "    /* format on save */",
          "    \"editor.formatOnSave\": true,",
          "    \"go.lintTool\": \"golangci-lint\", // the team's choice",
          "}",
          "");
  private static final String USER_TASKS =
      String.join(
          "\n",
          "{",
          "  // tasks of the team",
          "  \"version\": \"2.0.0\",",
          "  \"tasks\": [",
          "    {",
          "      \"label\": \"lint\",",
          "      \"type\": \"shell\",",
          "      \"command\": \"golangci-lint run\", // needs v1.60",
          "    },",
          "  ],",
          "}",
          "");

  @TempDir Path tmp;
  private Path module;
  private Path ws;

  @BeforeEach
  void setUp() throws Exception {
    module = GoToolchainFixture.copyModule("hello", tmp);
    ws = module;
    Files.createDirectories(ws.resolve(".vscode"));
  }

  private GoCrossBuilder builder(String... ldflags) {
    return GoCrossBuild.target("linux/arm64")
        .noCgo()
        .moduleDir(module)
        .goCommand(GoToolchainFixture.go())
        .on(BuildHosts.local(GoToolchainFixture.environment()))
        .tags("netgo")
        .ldflags(ldflags);
  }

  @Test
  void shouldAddOnlyTheGeneratedEntriesToTheUsersSettingsKeepingEveryByte() throws Exception {
    Files.writeString(ws.resolve(".vscode/settings.json"), USER_SETTINGS);

    ConfigWriteReport report = builder().configs().writeTo(ws);

    assertThat(report.file(".vscode/settings.json").orElseThrow().status())
        .isEqualTo(ConfigFileStatus.CHANGED);
    assertThat(Files.readString(ws.resolve(".vscode/settings.json")))
        .isEqualTo(
            String.join(
                "\n",
                "// Team settings: keep them sorted.",
                "{",
                "    " + FILE_MARKER + "\"go.buildTags\", \"gopls\".",
                "    /* format on save */",
                "    \"editor.formatOnSave\": true,",
                "    \"go.lintTool\": \"golangci-lint\", // the team's choice",
                "    \"go.buildTags\": \"netgo\",",
                "    \"gopls\": {",
                "        \"build.buildFlags\": [\"-tags=netgo\"]",
                "    },",
                "}",
                ""));
  }

  @Test
  void shouldKeepTheUsersTasksAndAddTheBuildTask() throws Exception {
    Files.writeString(ws.resolve(".vscode/tasks.json"), USER_TASKS);

    builder().configs().writeTo(ws);

    String after = Files.readString(ws.resolve(".vscode/tasks.json"));
    List<String> added = addedLines(USER_TASKS, after);
    assertThat(added.get(0)).isEqualTo("    " + MARKER);
    assertThat(added.get(1)).isEqualTo("    {");
    assertThat(added.get(added.size() - 1)).isEqualTo("    },");
    assertThat(String.join("\n", added)).contains("\"label\": \"go build linux/arm64\"");
    assertThat(labels(after)).containsExactly("lint", "go build linux/arm64");
  }

  @Test
  void shouldAddACommaAfterTheLastEntryWhenTheFileHasNoTrailingCommas() throws Exception {
    Files.writeString(
        ws.resolve(".vscode/settings.json"), "{\n  \"files.eol\": \"\\n\" // unix\n}\n");

    builder().configs().writeTo(ws);

    assertThat(Files.readString(ws.resolve(".vscode/settings.json")))
        .startsWith(
            "{\n  "
                + FILE_MARKER
                + "\"go.buildTags\", \"gopls\".\n  \"files.eol\": \"\\n\", // unix\n  \"go.buildTags\"")
        .endsWith("  }\n}\n");
  }

  @Test
  void shouldChangeNoByteWhenWrittenTwice() throws Exception {
    Files.writeString(ws.resolve(".vscode/settings.json"), USER_SETTINGS);
    Files.writeString(ws.resolve(".vscode/tasks.json"), USER_TASKS);
    builder().configs().writeTo(ws);
    List<byte[]> before = new ArrayList<>();
    List<ConfigFileReport> second = builder().configs().writeTo(ws).files();
    // linux/arm64 is no platform Azure Functions runs: its two files are skipped every time.
    assertThat(second.subList(5, 7))
        .extracting(f -> f.file().getFileName() + " " + f.status())
        .containsExactly("host.json SKIPPED", "local.settings.json SKIPPED");
    for (ConfigFileReport f : second.subList(0, 5)) {
      assertThat(f.status()).as(f.toString()).isEqualTo(ConfigFileStatus.UNCHANGED);
      before.add(Files.readAllBytes(f.file()));
    }
    List<ConfigFileReport> third = builder().configs().writeTo(ws).files().subList(0, 5);
    for (int i = 0; i < third.size(); i++) {
      assertThat(Files.readAllBytes(third.get(i).file())).isEqualTo(before.get(i));
    }
  }

  @Test
  void shouldUpdateTheEntryItWroteBeforeWhenTheSpecChanges() throws Exception {
    Files.writeString(ws.resolve(".vscode/tasks.json"), USER_TASKS);
    builder("-X main.version=1.0").configs().writeTo(ws);

    ConfigWriteReport report = builder("-X main.version=2.0").configs().writeTo(ws);

    String after = Files.readString(ws.resolve(".vscode/tasks.json"));
    assertThat(report.file(".vscode/tasks.json").orElseThrow().status())
        .isEqualTo(ConfigFileStatus.CHANGED);
    assertThat(after).contains("-X main.version=2.0").doesNotContain("main.version=1.0");
    assertThat(after.split(MARKER, -1)).hasSize(2);
    assertThat(after).startsWith(USER_TASKS.substring(0, USER_TASKS.indexOf("  ],")));
  }

  @Test
  void shouldLeaveTheUsersTaskWithTheSameLabelAloneAndReportAConflict() throws Exception {
    String mine = USER_TASKS.replace("\"label\": \"lint\"", "\"label\": \"go build linux/arm64\"");
    Files.writeString(ws.resolve(".vscode/tasks.json"), mine);

    ConfigWriteReport report = builder().configs().writeTo(ws);

    ConfigFileReport tasks = report.file(".vscode/tasks.json").orElseThrow();
    assertThat(tasks.status()).isEqualTo(ConfigFileStatus.CONFLICT);
    assertThat(tasks.details())
        .containsExactly(
            "label \"go build linux/arm64\" in \"tasks\" differs from the generated one; the"
                + " file's entry is left as it is");
    assertThat(Files.readString(ws.resolve(".vscode/tasks.json"))).isEqualTo(mine);
    assertThat(report.hasConflicts()).isTrue();
  }

  @Test
  void shouldRefuseToTouchAnExistingGoreleaserFileUnlessAskedToReplaceIt() throws Exception {
    String yaml = "# mine\nversion: 2\nbuilds:\n  - id: app\n";
    Files.writeString(ws.resolve(".goreleaser.yaml"), yaml);

    ConfigFileReport kept = builder().configs().writeTo(ws).file(".goreleaser.yaml").orElseThrow();
    assertThat(kept.status()).isEqualTo(ConfigFileStatus.REFUSED);
    assertThat(Files.readString(ws.resolve(".goreleaser.yaml"))).isEqualTo(yaml);

    ConfigFileReport replaced =
        builder()
            .configs()
            .writeTo(ws, WriteMode.REPLACE_YAML)
            .file(".goreleaser.yaml")
            .orElseThrow();
    assertThat(replaced.status()).isEqualTo(ConfigFileStatus.CHANGED);
    assertThat(Files.readString(ws.resolve(".goreleaser.yaml")))
        .isEqualTo(builder().configs().goreleaserYaml());
  }

  @Test
  void shouldRefuseAFileThatIsNotJsoncAndLeaveItAlone() throws Exception {
    String broken = "{ \"go.buildTags\": ";
    Files.writeString(ws.resolve(".vscode/settings.json"), broken);

    ConfigFileReport settings =
        builder().configs().writeTo(ws).file(".vscode/settings.json").orElseThrow();

    assertThat(settings.status()).isEqualTo(ConfigFileStatus.REFUSED);
    assertThat(settings.details().get(0)).startsWith("not readable as JSON with comments");
    assertThat(Files.readString(ws.resolve(".vscode/settings.json"))).isEqualTo(broken);
  }

  @Test
  void shouldCreateEveryFileInAnEmptyWorkspaceWithoutLeavingTemporaryFiles() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));

    ConfigWriteReport report = builder().configs().writeTo(empty);

    assertThat(report.files())
        .extracting(f -> empty.relativize(f.file()).toString())
        .containsExactly(
            ".vscode/tasks.json",
            ".vscode/launch.json",
            ".vscode/settings.json",
            ".devcontainer/devcontainer.json",
            ".goreleaser.yaml",
            "host.json",
            "local.settings.json");
    assertThat(report.files().subList(0, 5)).allMatch(f -> f.status() == ConfigFileStatus.CREATED);
    assertThat(report.file("host.json").orElseThrow().details())
        .containsExactly(
            "host.json: Azure Functions runs custom handlers on linux/amd64, windows/amd64 or"
                + " windows/386, and none of the targets (linux/arm64) is one; add linux/amd64 to"
                + " the targets for a Functions app");
    assertThat(empty.resolve("host.json")).doesNotExist();
    assertThat(empty.resolve("local.settings.json")).doesNotExist();
    try (var files = Files.walk(empty)) {
      assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }
    assertThat(Files.readString(empty.resolve(".vscode/tasks.json")))
        .contains("\"" + module + "/bin/hello-linux-arm64\"", "\"cwd\": \"" + module + "\"");
  }

  @Test
  void shouldPointHostJsonAtTheFunctionsTargetRelativeToWhereItIsWritten() throws Exception {
    Path app = Files.createDirectories(tmp.resolve("app"));
    GoCrossBuilder twoTargets =
        GoCrossBuild.targets(Target.parse("linux/arm64"), Target.parse("linux/amd64"))
            .noCgo()
            .moduleDir(module)
            .outputDir(app.resolve("dist"))
            .goCommand(GoToolchainFixture.go())
            .on(BuildHosts.local(GoToolchainFixture.environment()));

    ConfigWriteReport report = twoTargets.configs().writeTo(app);

    assertThat(report.file("host.json").orElseThrow().status()).isEqualTo(ConfigFileStatus.CREATED);
    assertThat(Files.readString(app.resolve("host.json")))
        .contains("\"defaultExecutablePath\": \"dist/hello-linux-amd64\"")
        .doesNotContain("//");
    assertThat(Files.readString(app.resolve("local.settings.json")))
        .isEqualTo(
            "{\n  \"IsEncrypted\": false,\n  \"Values\": {\n"
                + "    \"FUNCTIONS_WORKER_RUNTIME\": \"custom\"\n  }\n}\n");
    // From the module directory, as the accessor writes it: the binary is outside it.
    assertThat(twoTargets.configs().hostJson())
        .contains("\"defaultExecutablePath\": \"" + app.resolve("dist/hello-linux-amd64") + "\"");
    assertThat(twoTargets.configs().writeTo(app).files())
        .allMatch(f -> f.status() == ConfigFileStatus.UNCHANGED);
  }

  @Test
  void shouldRefuseHostJsonWithoutAFunctionsTarget() {
    assertThatThrownBy(() -> builder().configs().hostJson())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "host.json: Azure Functions runs custom handlers on linux/amd64, windows/amd64 or"
                + " windows/386, and none of the targets (linux/arm64) is one; add linux/amd64 to"
                + " the targets for a Functions app");
  }

  @Test
  void shouldKeepAByteOrderMark() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "{}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(text, 0, withBom, 3, text.length);
    Files.write(ws.resolve(".vscode/settings.json"), withBom);

    builder().configs().writeTo(ws);

    byte[] after = Files.readAllBytes(ws.resolve(".vscode/settings.json"));
    assertThat(java.util.Arrays.copyOf(after, 3)).isEqualTo(bom);
    assertThat(new String(after, 3, after.length - 3, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(builder().configs().settingsJson());
  }

  /** The lines of {@code after} that are not in {@code before}, which must all survive in order. */
  private static List<String> addedLines(String before, String after) {
    List<String> old = before.lines().toList();
    List<String> added = new ArrayList<>();
    int i = 0;
    for (String line : after.lines().toList()) {
      if (i < old.size() && old.get(i).equals(line)) {
        i++;
      } else {
        added.add(line);
      }
    }
    assertThat(i).as("every line of the user's file survives, in order").isEqualTo(old.size());
    return added;
  }

  private static List<Object> labels(String tasksJson) {
    JsoncObject root = (JsoncObject) JsoncTree.read("tasks", tasksJson, JsoncSyntax.VSCODE);
    return ((List<?>) root.get("tasks")).stream().map(t -> ((JsoncObject) t).get("label")).toList();
  }
}
