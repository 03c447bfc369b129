package io.github.gocrossbuild.schema;

import static io.github.gocrossbuild.schema.Fixtures.only;
import static io.github.gocrossbuild.schema.Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link ConfigValidator}. */
class ConfigValidatorTest {
  @TempDir Path dir;

  @Test
  void shouldDetectKindFromVscodeFolderAndReportPathInIssues() throws IOException {
    Path tasks =
        write(
            ".vscode/tasks.json",
            "{\"version\": \"2.0.0\", \"tasks\": [{\"label\": \"b\", \"command\": \"go\","
                + " \"env\": {}}]}");

    ValidationReport report = ConfigValidator.standard().validate(tasks);

    assertThat(report.kind()).isEqualTo(ConfigKind.VSCODE_TASKS);
    assertThat(report.toString())
        .isEqualTo(
            tasks
                + ":1:64: error [tasks.env-outside-options]"
                + " VS Code ignores \"env\" at the task level; move it into \"options\": {\"env\":"
                + " {...}}.");
  }

  @Test
  void shouldRejectUnknownFileNameWithTheAcceptedNames() throws IOException {
    Path tasks = write("tasks.json", "{}");

    assertThatThrownBy(() -> ConfigValidator.standard().validate(tasks))
        .isInstanceOf(ConfigFileException.class)
        .hasMessage(
            "Cannot tell the kind of "
                + tasks
                + " from its name; accepted are "
                + ConfigKind.allAcceptedNames()
                + ", or pass the kind with validate(Path,"
                + " ConfigKind).");
  }

  @Test
  void shouldThrowNamingThePathWhenFileIsMissingOrADirectory() throws IOException {
    Path missing = dir.resolve("host.json");
    Path folder = Files.createDirectories(dir.resolve("x/host.json"));

    assertThatThrownBy(() -> ConfigValidator.standard().validate(missing))
        .isInstanceOf(ConfigFileException.class)
        .hasMessage("Config file " + missing + " does not exist.")
        .satisfies(e -> assertThat(((ConfigFileException) e).file()).isEqualTo(missing));
    assertThatThrownBy(() -> ConfigValidator.standard().validate(folder))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageStartingWith("Cannot read config file " + folder + ": ");
  }

  @Test
  void shouldReportInvalidUtf8AtItsLineAndColumn() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("{\n  \"go.buildTags\": \"ab".getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {(byte) 0xC3, 0x28, '"', '\n', '}'});
    Path file = Files.write(dir.resolve("settings.json"), bytes.toByteArray());

    ValidationReport report = ConfigValidator.standard().validate(file, ConfigKind.VSCODE_SETTINGS);

    ConfigIssue issue = only(report, "syntax");
    assertThat(issue.line()).isEqualTo(2);
    assertThat(issue.column()).isEqualTo(22);
    assertThat(issue.message())
        .isEqualTo(
            "Invalid UTF-8 byte 0xC3 at byte offset 23; the file is"
                + " binary or in another encoding, save it as UTF-8.");
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void shouldReportBinaryGarbageAsSyntaxErrorAtTheStart() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    Path file = Files.write(dir.resolve("host.json"), png);

    ValidationReport report = ConfigValidator.standard().validate(file);

    assertThat(report.toString())
        .isEqualTo(
            file
                + ":1:1: error [syntax] Invalid UTF-8 byte 0x89"
                + " at byte offset 0; the file is binary or in another encoding, save it as UTF-8.");
  }

  @Test
  void shouldReportControlCharactersThatAreValidUtf8() {
    ValidationReport report = validate(ConfigKind.VSCODE_LAUNCH, "\u0000\u0001");

    assertThat(report.toString())
        .isEqualTo(
            "launch.json:1:1: error [syntax] Expected a value but"
                + " found U+0000; check for a missing value, quote or bracket.");
  }

  @Test
  void shouldCheckTheSettingsBlockOfACodeWorkspaceLikeSettingsJson() throws IOException {
    Path workspace =
        write(
            "go.code-workspace",
            "{\n  // multi-root\n"
                + "  \"folders\": [{\"path\": \"svc\"}],\n  \"settings\": {\n"
                + "    \"go.toolEnvVars\": {\"GOOS\": \"linux\"},\n"
                + "    \"go.useLanguageServer\": \"yes\",\n    \"editor.tabSize\": 4,\n  },\n}\n");

    ValidationReport report = ConfigValidator.standard().validate(workspace);

    assertThat(report.kind()).isEqualTo(ConfigKind.VSCODE_WORKSPACE);
    assertThat(report.toString())
        .isEqualTo(
            workspace
                + ":5:5: warning [go.unknown-setting] The Go"
                + " extension has no setting \"go.toolEnvVars\", so it is ignored; did you mean"
                + " \"go.toolsEnvVars\"?\n"
                + workspace
                + ":6:29: error [schema] Expected a boolean but"
                + " found a string; change the value to a boolean.");
  }

  @Test
  void shouldReportFiftyMegabyteFileAsTooLargeWithoutReadingIt() throws IOException {
    Path big = dir.resolve(".goreleaser.yaml");
    byte[] chunk = new byte[1 << 20];
    java.util.Arrays.fill(chunk, (byte) '#');
    try (OutputStream out = Files.newOutputStream(big)) {
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
    }

    long start = System.nanoTime();
    ValidationReport report = ConfigValidator.standard().validate(big);

    assertThat(report.toString())
        .isEqualTo(
            big
                + ":1:1: error [too-large] The file is larger than"
                + " 10485760 bytes, far beyond any real configuration file; check that this is the right"
                + " file.");
    assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
  }

  @Test
  void shouldStopAtTheNestingLimitForTenThousandDeepJson() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);

    ValidationReport report = ConfigValidator.standard().validate(ConfigKind.VSCODE_SETTINGS, deep);

    ConfigIssue issue = only(report, "syntax");
    assertThat(issue.line()).isEqualTo(1);
    assertThat(issue.column()).isEqualTo(101);
    assertThat(issue.pointer()).isEqualTo("/0".repeat(100));
    assertThat(issue.message())
        .isEqualTo(
            "Nesting is deeper than 100 levels, which no"
                + " configuration file needs; the file is probably corrupt.");
  }

  @Test
  void shouldStopAtTheNestingLimitForTenThousandDeepYamlAndObjects() {
    ValidationReport yaml =
        validate(ConfigKind.GORELEASER, "[".repeat(10_000) + "]".repeat(10_000));
    ValidationReport json =
        validate(ConfigKind.DEVCONTAINER, "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));

    assertThat(Fixtures.summary(yaml)).containsExactly("syntax@1:101");
    assertThat(Fixtures.summary(json)).containsExactly("syntax@1:501");
    assertThat(only(json, "syntax").pointer()).isEqualTo("/a".repeat(100));
  }

  @Test
  void shouldReportMissingCommaAndUnclosedArrayWithTheFix() {
    ValidationReport comma =
        validate(ConfigKind.VSCODE_TASKS, "{\"version\": \"2.0.0\" \"tasks\": []}");
    ValidationReport open = validate(ConfigKind.VSCODE_TASKS, "{\"tasks\": [1, 2");

    assertThat(comma.toString())
        .isEqualTo(
            "tasks.json:1:21: error [syntax] Expected ',' or '}' but"
                + " found '\"'; add the missing comma or close the object.");
    assertThat(open.toString())
        .isEqualTo(
            "tasks.json:1:16: error [syntax] The file ends inside"
                + " the array opened at line 1, column 11; add the missing ']'.");
  }

  @Test
  void shouldWarnOnlyAboutAnEmptyVsCodeFileWhichVsCodeReadsAsAnEmptyObject() {
    ValidationReport settings = validate(ConfigKind.VSCODE_SETTINGS, "// nothing yet", "");
    ValidationReport devcontainer = validate(ConfigKind.DEVCONTAINER, "// nothing yet");

    assertThat(settings.isValid()).isTrue();
    assertThat(settings.toString())
        .isEqualTo(
            "settings.json:2:1: warning [empty-file] The file contains no JSON value; VS Code"
                + " reads it as {}, so write {} or delete the file.");
    assertThat(devcontainer.isValid()).isFalse();
  }

  @Test
  void shouldReportEmptyFileAndNonObjectRoot() {
    assertThat(validate(ConfigKind.AZURE_FUNCTIONS_HOST, "  ").toString())
        .isEqualTo(
            "host.json:1:3: error [syntax] The file contains no JSON value; write {} for an"
                + " empty configuration.");
    assertThat(validate(ConfigKind.VSCODE_TASKS, "[]").toString())
        .isEqualTo(
            "tasks.json:1:1: error [schema] Expected an object but found an array; change"
                + " the value to an object.");
  }

  @Test
  void shouldWordBoundsDuplicatesAndRangesAsAFix() {
    ValidationReport host =
        validate(
            ConfigKind.AZURE_FUNCTIONS_HOST,
            "{\"version\": \"2.0\", \"functions\": [\"a\", \"b\", \"a\"],",
            " \"customHandler\": {\"port\": 70000, \"description\":"
                + " {\"defaultExecutablePath\": \"handler\"}}}");
    ValidationReport devcontainer =
        validate(
            ConfigKind.DEVCONTAINER,
            "{\"image\": \"golang:1.23\", \"forwardPorts\": [8080, 65536, \"db:5432\", \"5432\"]}");

    assertThat(host.toString())
        .isEqualTo(
            String.join(
                "\n",
                "host.json:1:44: error [schema] Value \"a\" is invalid: it repeats item 0; each item may"
                    + " appear once; change it.",
                "host.json:2:28: error [schema] Value 70000 is invalid: it must be at most 65535; change"
                    + " it."));
    assertThat(devcontainer.toString())
        .isEqualTo(
            String.join(
                "\n",
                "devcontainer.json:1:49: error [schema] Value 65536 is invalid: it must be at most 65535;"
                    + " change it.",
                "devcontainer.json:1:67: error [schema] Value \"5432\" has the wrong format: a port is a"
                    + " number such as 8080, or host:port such as db:5432; a bare port must not be"
                    + " quoted."));
  }

  @Test
  void shouldStopBillionLaughsAtTheAliasBudget() {
    String ten = "[*%1$s, *%1$s, *%1$s, *%1$s, *%1$s, *%1$s, *%1$s, *%1$s, *%1$s, *%1$s]";
    ValidationReport report =
        validate(
            ConfigKind.GORELEASER,
            "a: &a [x, x, x, x, x, x, x, x, x, x]",
            "b: &b " + String.format(ten, "a"),
            "c: &c " + String.format(ten, "b"),
            "d: &d " + String.format(ten, "c"),
            "e: &e " + String.format(ten, "d"),
            "f: &f " + String.format(ten, "e"));

    assertThat(report.toString())
        .isEqualTo(
            ".goreleaser.yaml:5:36: error [syntax] Aliases expand"
                + " to more than 100000 nodes (a \"billion laughs\" document); remove the nested aliases.");
  }

  @Test
  void shouldIgnoreUtf8ByteOrderMark() throws IOException {
    Path file = dir.resolve("launch.json");
    Files.write(
        file,
        ("\uFEFF{\"configurations\": [{\"name\": \"x\", \"type\": \"go\", \"request\":"
                + " \"launch\", \"mode\": \"dbg\"}]}")
            .getBytes(StandardCharsets.UTF_8));

    ValidationReport report = ConfigValidator.standard().validate(file, ConfigKind.VSCODE_LAUNCH);

    assertThat(Fixtures.summary(report)).containsExactly("schema@1:78");
  }

  @Test
  void shouldGiveTheSameReportsFromManyThreads() throws Exception {
    String text = "{\"go.toolEnvVars\": {\"GOARCH\": \"aarch64\"}, \"go.formatTool\": \"gofmt\"}";
    ValidationReport expected =
        ConfigValidator.standard().validate(ConfigKind.VSCODE_SETTINGS, text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ValidationReport>> futures = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        futures.add(
            pool.submit(
                () -> ConfigValidator.standard().validate(ConfigKind.VSCODE_SETTINGS, text)));
      }
      for (Future<ValidationReport> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(Fixtures.summary(expected)).containsExactly("go.unknown-setting@1:2");
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }
}
