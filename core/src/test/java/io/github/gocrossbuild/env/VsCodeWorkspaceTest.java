package io.github.gocrossbuild.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.config.ConfigParseException;
import io.github.gocrossbuild.testing.RealTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link VsCodeWorkspace}. */
class VsCodeWorkspaceTest {
  /** The seed's tasks.json: "env" sits on the task, where VS Code ignores it. */
  static final String SEED_TASKS =
      "{\n"
          + "  // Build for the Raspberry Pi\n"
          + "  \"version\": \"2.0.0\",\n"
          + "  \"tasks\": [\n"
          + "    {\n"
          + "      \"label\": \"build-linux-arm64\",\n"
          + "      \"type\": \"shell\",\n"
          + "      \"command\": \"go build -o ./bin/app-linux-arm64 -ldflags='-s -w' -trimpath\",\n"
          + "      \"env\": { \"GOOS\": \"linux\", \"GOARCH\": \"arm64\" },\n"
          + "      \"group\": \"build\",\n"
          + "    },\n"
          + "  ],\n"
          + "}\n";

  static final String CORRECTED_TASKS =
      SEED_TASKS.replace(
          "\"env\": { \"GOOS\": \"linux\", \"GOARCH\": \"arm64\" },",
          "\"options\": { \"env\": { \"GOOS\": \"linux\", \"GOARCH\": \"arm64\" } },");

  @TempDir Path tmp;
  Path ws;
  Path home;
  Map<String, String> process;
  ToolchainFacts facts;

  @BeforeEach
  void setUp() throws IOException {
    ws = Files.createDirectories(tmp.resolve("ws"));
    home = Files.createDirectories(tmp.resolve("home"));
    Path goroot = Files.createDirectories(tmp.resolve("goroot"));
    Files.writeString(
        goroot.resolve("go.env"),
        "GOPROXY=https://proxy.golang.org,direct\n" + "GOSUMDB=sum.golang.org\nGOTOOLCHAIN=auto\n");
    process = new HashMap<>(Map.of("HOME", home.toString(), "PATH", ""));
    facts = linuxFacts(goroot);
  }

  /** A linux/amd64 toolchain with its GOROOT in a test directory. */
  static ToolchainFacts linuxFacts(Path goroot) {
    return ToolchainFacts.builder()
        .hostTarget(Target.parse("linux/amd64"))
        .goRoot(goroot.toString())
        .goVersion("go1.23.5")
        .build();
  }

  private VsCodeWorkspace load(String file, String content) throws IOException {
    Files.createDirectories(ws.resolve(".vscode"));
    Files.writeString(ws.resolve(".vscode").resolve(file), content);
    return VsCodeWorkspace.load(ws, process, facts);
  }

  private void envFile(String content) throws IOException {
    Path f = home.resolve(".config/go/env");
    Files.createDirectories(f.getParent());
    Files.writeString(f, content);
  }

  @Test
  void shouldIgnoreTaskLevelEnvLikeVsCodeAndSaySo() throws IOException {
    ResolvedEnv env = load("tasks.json", SEED_TASKS).taskEnv("build-linux-arm64");
    assertThat(env.get("GOARCH")).contains("amd64");
    assertThat(env.get("GOOS")).contains("linux");
    assertThat(env.explain("GOARCH").layer()).contains(EnvLayer.GO_DEFAULT);
    EnvFinding f = env.findings().get(0);
    assertThat(f.id()).isEqualTo("env.task-env-ignored");
    assertThat(f.severity()).isEqualTo(EnvFinding.Severity.ERROR);
    assertThat(f.message())
        .isEqualTo(
            "Task \"build-linux-arm64\" ("
                + ws.resolve(".vscode/tasks.json")
                + ":5) has \"env\": {GOOS=linux, GOARCH=arm64}"
                + " directly on the task; VS Code ignores it and runs the task with the parent"
                + " environment. Move it into \"options\": {\"env\": {...}}.");
  }

  @Test
  void shouldTakeTheTargetFromOptionsEnvOnceCorrected() throws IOException {
    ResolvedEnv env = load("tasks.json", CORRECTED_TASKS).taskEnv("build-linux-arm64");
    assertThat(env.get("GOARCH")).contains("arm64");
    assertThat(env.explain("GOARCH").layer()).contains(EnvLayer.TASK_OPTIONS_ENV);
    assertThat(env.explain("GOARCH").winner().orElseThrow().origin())
        .isEqualTo(ws.resolve(".vscode/tasks.json") + " task \"build-linux-arm64\" options.env");
    assertThat(env.explain("GOARCH").shadowed())
        .extracting(EnvBinding::value)
        .containsExactly("amd64");
    assertThat(env.get("CGO_ENABLED")).contains("0");
    assertThat(env.findings()).extracting(EnvFinding::id).containsExactly("env.cgo-off-cross");
  }

  @Test
  void shouldApplyToolsEnvVarsToToolsAndDebugButNotTasks() throws IOException {
    load("tasks.json", CORRECTED_TASKS.replace("arm64\" } }", "amd64\" } }"));
    Files.writeString(
        ws.resolve(".vscode/launch.json"),
        "{\"configurations\": [{\"name\":"
            + " \"Launch Package\", \"type\": \"go\", \"request\": \"launch\"}]}");
    VsCodeWorkspace w =
        load(
            "settings.json", "{\"go.toolsEnvVars\": {\"GOOS\": \"linux\", \"GOARCH\": \"arm64\"}}");
    assertThat(w.taskEnv("build-linux-arm64").get("GOARCH")).contains("amd64");
    assertThat(w.goToolsEnv().get("GOARCH")).contains("arm64");
    assertThat(w.testEnv().get("GOARCH")).contains("arm64");
    ResolvedEnv debug = w.debugEnv("Launch Package");
    assertThat(debug.get("GOARCH")).contains("arm64");
    assertThat(debug.explain("GOARCH").layer()).contains(EnvLayer.VSCODE_TOOLS_ENV_VARS);
    assertThat(debug.findings()).extracting(EnvFinding::id).contains("env.tools-env-target");
    assertThat(w.toolInstallerEnv().get("GOARCH")).contains("amd64");
    assertThat(w.findings()).extracting(EnvFinding::id).containsExactly("env.tools-env-target");
    assertThat(w.findings().get(0).message())
        .startsWith(
            ws.resolve(".vscode/settings.json")
                + " sets GOOS=linux, GOARCH=arm64 in go.toolsEnvVars");
  }

  @Test
  void shouldLetANonEmptyProcessValueShadowTheEnvFile() throws IOException {
    envFile("GOARCH=arm64\n");
    process.put("GOARCH", "amd64");
    ResolvedEnv env = load("tasks.json", SEED_TASKS).taskEnv("build-linux-arm64");
    EnvExplanation ex = env.explain("GOARCH");
    assertThat(ex.value()).contains("amd64");
    assertThat(ex.layer()).contains(EnvLayer.PROCESS);
    assertThat(ex.shadowed())
        .extracting(EnvBinding::layer, EnvBinding::value)
        .startsWith(org.assertj.core.groups.Tuple.tuple(EnvLayer.USER_ENV_FILE, "arm64"));
    assertThat(env.findings()).extracting(EnvFinding::id).contains("env.go-env-shadowed");
  }

  @Test
  void shouldLetAnEmptyProcessValueFallThroughToTheEnvFile() throws IOException {
    envFile("GOARCH=arm64\n");
    process.put("GOARCH", "");
    ResolvedEnv env = load("tasks.json", SEED_TASKS).taskEnv("build-linux-arm64");
    assertThat(env.get("GOARCH")).contains("arm64");
    assertThat(env.explain("GOARCH").reason()).contains("does not count");
    assertThat(env.findings()).extracting(EnvFinding::id).contains("env.target-inherited");
  }

  @Test
  void shouldBringTheEnvFileBackForTheToolInstaller() throws IOException {
    envFile("GOARCH=arm64\n");
    process.put("GOARCH", "amd64");
    process.put("GOFLAGS", "-mod=vendor");
    ResolvedEnv env = load("settings.json", "{\"go.toolsGopath\": \"~/tools\"}").toolInstallerEnv();
    assertThat(env.get("GOARCH")).contains("arm64");
    assertThat(env.get("GOFLAGS")).contains("");
    assertThat(env.get("GOPATH")).contains(home + "/tools");
    assertThat(env.get("GOBIN")).contains("");
    assertThat(env.get("GOTOOLCHAIN")).contains("auto");
    assertThat(env.explain("GOTOOLCHAIN").layer()).contains(EnvLayer.TOOL_INSTALLER);
    assertThat(env.findings()).extracting(EnvFinding::id).contains("env.target-inherited");
  }

  @Test
  void shouldSubstituteWhereVsCodeDoesAndNotElsewhere() throws IOException {
    process.put("PROJ", "/p");
    load(
        "tasks.json",
        "{\"tasks\": [{\"label\": \"t\", \"options\": {\"env\": {\"GOPATH\":"
            + " \"${env:PROJ}/go\", \"GOCACHE\": \"${workspaceFolder}/.cache\", \"GOFLAGS\":"
            + " \"-tags=${input:tags}\"}}}]}");
    VsCodeWorkspace w =
        load(
            "settings.json",
            "{\"go.toolsEnvVars\": {\"GOMODCACHE\":"
                + " \"${env:PROJ}/mod\", \"GOBIN\": \"${workspaceRoot}/bin\"}, \"go.testEnvVars\":"
                + " {\"GOTMPDIR\": \"${env:PROJ}/tmp\", \"GOINSECURE\": \"${workspaceFolder}\"}}");
    ResolvedEnv task = w.taskEnv("t");
    assertThat(task.get("GOPATH")).contains("/p/go");
    assertThat(task.get("GOCACHE")).contains(ws + "/.cache");
    assertThat(task.get("GOFLAGS")).contains("-tags=${input:tags}");
    assertThat(task.findings()).extracting(EnvFinding::id).contains("env.unresolved-variable");
    assertThat(w.goToolsEnv().get("GOMODCACHE")).contains("/p/mod");
    assertThat(w.goToolsEnv().get("GOBIN")).contains(ws + "/bin");
    assertThat(w.testEnv().get("GOTMPDIR")).contains("${env:PROJ}/tmp");
    assertThat(w.testEnv().get("GOINSECURE")).contains(ws.toString());
  }

  @Test
  void shouldNotLoopOnEnvCyclesOrUnknownVariables() throws IOException {
    process.put("A", "${env:B}");
    process.put("B", "${env:A}");
    VsCodeWorkspace w =
        load(
            "settings.json",
            "{\"go.toolsEnvVars\": {\"GOFLAGS\":"
                + " \"${env:A}\", \"GOPRIVATE\": \"${env:NOPE}x\", \"GOVCS\": \"${env:}\"}}");
    ResolvedEnv env = w.goToolsEnv();
    assertThat(env.get("GOFLAGS")).contains("${env:B}");
    assertThat(env.get("GOPRIVATE")).contains("x");
    assertThat(env.get("GOVCS")).contains("${env:}");
  }

  @Test
  void shouldMergeDebugLayersAsTheGoExtensionDoes() throws IOException {
    Files.writeString(
        ws.resolve("dev.env"),
        "export GOFLAGS=-race\nGOPRIVATE=\"a.test\"\n" + "GONOSUMDB=${GOPRIVATE}\n");
    load(
        "launch.json",
        "{\"configurations\": [{\"name\": \"Debug\","
            + " \"type\": \"go\", \"envFile\": \"${workspaceFolder}/dev.env\", \"env\": {\"GOFLAGS\":"
            + " \"-tags=dev\", \"GOPROXY\": null}}, {\"name\": \"Other\"}]}");
    process.put("GOPROXY", "direct");
    VsCodeWorkspace w = VsCodeWorkspace.load(ws, process, facts);
    ResolvedEnv env = w.debugEnv("Debug");
    assertThat(env.get("GOFLAGS")).contains("-tags=dev");
    assertThat(env.explain("GOFLAGS").shadowed())
        .extracting(EnvBinding::layer)
        .contains(EnvLayer.LAUNCH_ENV_FILE);
    assertThat(env.get("GONOSUMDB")).contains("a.test");
    assertThat(env.get("GOPROXY")).contains("https://proxy.golang.org,direct");
    assertThatThrownBy(() -> w.debugEnv("Nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("known names: [Debug, Other]");
  }

  @Test
  void shouldFailForUnknownTaskLabelsListingTheKnownOnes() throws IOException {
    VsCodeWorkspace w = load("tasks.json", SEED_TASKS);
    assertThatThrownBy(() -> w.taskEnv("build"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "No task labelled \"build\" in "
                + ws.resolve(".vscode/tasks.json")
                + "; known labels: [build-linux-arm64]");
  }

  @Test
  void shouldReportMalformedFilesWithLineAndColumn() throws IOException {
    assertThatThrownBy(() -> load("settings.json", "{\n  \"go.gopath\": \"/x\"\n  \"a\": 1\n}"))
        .isInstanceOf(ConfigParseException.class)
        .hasMessage(
            ws.resolve(".vscode/settings.json")
                + ":3:3: Expected ',' or '}' but found '\"'; add the missing comma or close the"
                + " object.");
  }

  @Test
  void shouldFlagGoflagsThatTheTaskCommandOverridesOrThatAreMisQuoted() throws IOException {
    process.put("GOFLAGS", "-trimpath");
    ResolvedEnv env = load("tasks.json", CORRECTED_TASKS).taskEnv("build-linux-arm64");
    assertThat(env.findings()).extracting(EnvFinding::id).contains("env.goflags-conflict");
    process.put("GOFLAGS", "-ldflags='-s -w'");
    EnvFinding f =
        VsCodeWorkspace.load(ws, process, facts).taskEnv("build-linux-arm64").findings().stream()
            .filter(x -> x.id().equals("env.goflags-conflict"))
            .findFirst()
            .orElseThrow();
    assertThat(f.severity()).isEqualTo(EnvFinding.Severity.ERROR);
    assertThat(f.message()).contains("unknown flag -w'");
  }

  @Test
  void shouldFlagInvalidValuesWithGosSpelling() throws IOException {
    envFile("GOARCH=aarch64\nCGO_ENABLED=2\n");
    ResolvedEnv env = load("tasks.json", SEED_TASKS).taskEnv("build-linux-arm64");
    assertThat(env.findings())
        .filteredOn(f -> f.id().equals("env.invalid-value"))
        .extracting(EnvFinding::message)
        .anySatisfy(m -> assertThat(m).contains("aarch64").contains("linux/arm64"))
        .anySatisfy(m -> assertThat(m).contains("CGO_ENABLED=2"));
  }

  @Test
  void shouldFlagCgoForACrossTargetWithoutACCompiler() throws IOException {
    ResolvedEnv env =
        load(
                "tasks.json",
                CORRECTED_TASKS.replace(
                    "\"GOARCH\": \"arm64\"", "\"GOARCH\": \"arm64\", \"CGO_ENABLED\": \"1\""))
            .taskEnv("build-linux-arm64");
    EnvFinding f =
        env.findings().stream()
            .filter(x -> x.id().equals("env.cgo-cross-no-cc"))
            .findFirst()
            .orElseThrow();
    assertThat(f.message()).contains("aarch64-linux-gnu-gcc");
  }

  @Test
  void shouldFlagAToolchainSwitch() throws IOException {
    Files.writeString(ws.resolve("go.mod"), "module x\n\ngo 1.23\n\ntoolchain go1.99.1\n");
    ResolvedEnv env = load("tasks.json", CORRECTED_TASKS).taskEnv("build-linux-arm64");
    EnvFinding f =
        env.findings().stream()
            .filter(x -> x.id().equals("env.gotoolchain-switch"))
            .findFirst()
            .orElseThrow();
    assertThat(f.message())
        .contains("toolchain go1.99.1")
        .contains("GOTOOLCHAIN=auto")
        .contains("golang.org/toolchain@v0.0.1-go1.99.1");
  }

  @Test
  void shouldExplainEveryDocumentedVariableInEveryConsumer() throws IOException {
    load("tasks.json", SEED_TASKS);
    Files.writeString(
        ws.resolve(".vscode/launch.json"), "{\"configurations\": [{\"name\": \"L\"}]}");
    VsCodeWorkspace w = VsCodeWorkspace.load(ws, process, facts);
    List<ResolvedEnv> all =
        List.of(
            w.taskEnv("build-linux-arm64"),
            w.goToolsEnv(),
            w.toolInstallerEnv(),
            w.testEnv(),
            w.debugEnv("L"),
            w.libraryBuildEnv(Target.parse("linux/arm/v7")));
    for (ResolvedEnv env : all) {
      for (String name : io.github.gocrossbuild.internal.env.GoVariables.DOCUMENTED) {
        EnvExplanation ex = env.explain(name);
        assertThat(ex.layer()).as(env.consumer() + " " + name).isPresent();
        assertThat(ex.reason()).startsWith(name + "=");
      }
    }
    assertThat(all.get(5).get("GOARM")).contains("7");
    assertThat(all.get(0).render()).contains("GOARCH").contains("env.task-env-ignored");
  }

  @Test
  void shouldLoadEveryCorpusSettingsTasksAndLaunchFile() throws IOException {
    Path corpus = RealTools.corpus();
    List<String> loaded = new ArrayList<>();
    for (String kind : List.of("vscode-settings", "tasks.json", "launch.json")) {
      try (Stream<Path> files = Files.list(corpus.resolve(kind))) {
        for (Path f : (Iterable<Path>) files.sorted()::iterator) {
          Path dir =
              Files.createDirectories(
                  tmp.resolve("corpus").resolve(f.getFileName().toString()).resolve(".vscode"));
          String name = kind.equals("vscode-settings") ? "settings.json" : kind;
          Files.copy(f, dir.resolve(name));
          VsCodeWorkspace w = VsCodeWorkspace.load(dir.getParent(), process, facts);
          for (String label : w.labels()) {
            assertThat(w.taskEnv(label).get("GOOS")).isPresent();
          }
          for (String config : w.names()) {
            assertThat(w.debugEnv(config).get("GOARCH")).isPresent();
          }
          w.goToolsEnv();
          w.testEnv();
          loaded.add(f.getFileName().toString());
        }
      }
    }
    assertThat(loaded).hasSize(25);
  }

  @Test
  void shouldPutTerminalIntegratedEnvOnTopOfTheProcessForTheTerminal() throws IOException {
    process.put("GOFLAGS", "-mod=vendor");
    process.put("GOARCH", "arm64");
    VsCodeWorkspace w =
        load(
            "settings.json",
            "{\"terminal.integrated.env.linux\": {\"GOFLAGS\": null,"
                + " \"GOPATH\": \"${env:HOME}/gopath\", \"CGO_ENABLED\": 0},"
                + " \"terminal.integrated.env.windows\": {\"GOARCH\": \"386\"}}");

    ResolvedEnv terminal = w.terminalEnv();

    assertThat(terminal.consumer()).isEqualTo(EnvConsumer.INTEGRATED_TERMINAL);
    assertThat(terminal.get("GOPATH")).contains(home + "/gopath");
    assertThat(terminal.get("CGO_ENABLED")).contains("0");
    assertThat(terminal.explain("GOPATH").layer()).contains(EnvLayer.VSCODE_TERMINAL_ENV);
    assertThat(terminal.explain("GOPATH").winner().orElseThrow().origin())
        .isEqualTo(ws.resolve(".vscode/settings.json") + " terminal.integrated.env.linux");
    // null removes the process's value, as in VS Code; the windows block is not this OS's.
    assertThat(terminal.get("GOFLAGS").orElse("")).isEmpty();
    assertThat(terminal.explain("GOFLAGS").toString())
        .contains("terminal.integrated.env.linux")
        .contains("-mod=vendor");
    assertThat(terminal.get("GOARCH")).contains("arm64");
    assertThat(terminal.explain("GOARCH").layer()).contains(EnvLayer.PROCESS);
    assertThat(w.goToolsEnv().get("GOPATH")).isNotEqualTo(terminal.get("GOPATH"));
  }
}
