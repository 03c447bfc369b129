package io.github.gocrossbuild.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests for {@link ConfigValidator} against the real-world files in {@code shared/corpus/configs}:
 * each file's expected validity and exact issues (rule, line, column), as implied by the corpus'
 * SOURCES.md, are kept here; the files stay outside the repository. Validity follows SOURCES.md:
 * only the files it calls broken are invalid, each through the error for the reason it gives
 * (host.v1: no version; blocky tasks: group without kind; lazygit@fb170b5: process command line;
 * localizer launch: go.testEnvFile; CloudBrute and cli/cli: keys GoReleaser v2 rejects). Old-style
 * files that the tools still read (removed settings, tasks 0.1.0, a misplaced presentation key) are
 * valid with warnings.
 */
class ConfigValidatorCorpusTest {

  static Stream<Arguments> expectations() {
    return Stream.of(
        row(
            "devcontainer/0xERR0R__blocky__devcontainer.json",
            true,
            "variable.workspace-root@46:22"),
        row(
            "devcontainer/Azure__azure-functions-powershell-worker__devcontainer.json",
            true,
            "devcontainer.deprecated-top-level@13:2",
            "devcontainer.deprecated-top-level@18:2"),
        row("devcontainer/cli__cli__devcontainer.json", true),
        row("devcontainer/devcontainers__images__src__go__devcontainer.json", true),
        row("devcontainer/devcontainers__templates__src__go-postgres__devcontainer.json", true),
        row(
            "devcontainer/devcontainers__templates__src__go__devcontainer.json",
            true,
            "devcontainer.template-placeholder@6:11"),
        row("devcontainer/jesseduffield__lazygit__devcontainer.json", true),
        row(
            "devcontainer/microsoft__vscode-dev-containers__containers__go__devcontainer.json",
            true),
        row(
            "devcontainer/microsoft__vscode-dev-containers__containers__go__devcontainer@cc68c56.json",
            true,
            "devcontainer.deprecated-top-level@16:2",
            "go.removed-setting@18:3",
            "go.gopath-with-tools-gopath@20:3",
            "go.tools-gopath-bin@22:21",
            "devcontainer.deprecated-top-level@26:2"),
        row(
            "devcontainer/microsoft__vscode-dev-containers__containers__go__devcontainer@dbf3ff8.json",
            true,
            "devcontainer.deprecated-property@3:2",
            "devcontainer.deprecated-top-level@4:2",
            "vscode.renamed-extension@5:3",
            "devcontainer.deprecated-top-level@7:2",
            "devcontainer.trailing-comma@13:3"),
        row("devcontainer/microsoft__vscode-remote-try-go__devcontainer.json", true),
        row("devcontainer/qdm12__godevcontainer__devcontainer.json", true),
        row(
            "goreleaser/0xsha__CloudBrute__.goreleaser.yml",
            false,
            "goreleaser.missing-version@1:1",
            "goreleaser.not-reproducible@6:5",
            "goreleaser.removed-key@14:5",
            "goreleaser.deprecated-key@22:9",
            "goreleaser.deprecated-key@29:3"),
        row(
            "goreleaser/cli__cli__.goreleaser.yml",
            false,
            "goreleaser.missing-version@1:1",
            "goreleaser.not-reproducible@15:5",
            "goreleaser.not-reproducible@27:5",
            "goreleaser.unquoted-number@29:14",
            "goreleaser.not-reproducible@37:5",
            "goreleaser.unquoted-number@39:14",
            "goreleaser.deprecated-key@52:5",
            "goreleaser.deprecated-key@55:5",
            "goreleaser.removed-key@56:5",
            "goreleaser.deprecated-key@61:5",
            "goreleaser.deprecated-key@64:5",
            "goreleaser.removed-key@65:5",
            "goreleaser.deprecated-key@70:5",
            "goreleaser.deprecated-key@73:5",
            "goreleaser.removed-key@74:5"),
        row(
            "goreleaser/getoutreach__localizer__.goreleaser.yml",
            true,
            "goreleaser.missing-version@2:1",
            "goreleaser.not-reproducible@6:5"),
        row("goreleaser/goreleaser__goreleaser__.goreleaser.yaml", true),
        row(
            "goreleaser/hashicorp__terraform-provider-scaffolding-framework__.goreleaser.yml",
            true),
        row(
            "goreleaser/jesseduffield__lazygit__.goreleaser.yml",
            true,
            "goreleaser.not-reproducible@4:5"),
        row("goreleaser/junegunn__fzf__.goreleaser.yml", true, "goreleaser.not-reproducible@10:5"),
        row(
            "goreleaser/nadoo__glider__.goreleaser.yml",
            true,
            "goreleaser.not-reproducible@8:5",
            "goreleaser.unquoted-number@17:9",
            "goreleaser.unquoted-number@30:9",
            "goreleaser.unquoted-number@31:9",
            "goreleaser.deprecated-key@38:5"),
        row(
            "goreleaser/qdm12__ddns-updater__.github__workflows__configs__.goreleaser.yaml", true,
            "goreleaser.missing-version@1:1", "goreleaser.not-reproducible@5:5",
            "goreleaser.deprecated-key@24:5", "goreleaser.deprecated-key@28:3"),
        row(
            "host.json/AWildBeard__isp-bandwidth-server__host.json",
            true,
            "host.deprecated-extension-bundle@13:16"),
        row(
            "host.json/AaronRoethe__go-journal-server__host.json",
            true,
            "host.deprecated-extension-bundle@13:16"),
        row(
            "host.json/AbDwivedi7__go-azure-functions__host.json",
            true,
            "host.deprecated-extension-bundle@5:14",
            "host.legacy-http-worker@8:3"),
        row(
            "host.json/AbhayPai__azure-function-app-php__host.json",
            true,
            "host.deprecated-extension-bundle@5:14"),
        row(
            "host.json/AlbertoDePena__azure-function-fsharp-template__MyFunctionApp__host.json",
            true,
            "host.unknown-property@5:7",
            "host.unknown-property@10:7"),
        row("host.json/AlexanderAnishchik__Azure-Function-App-Insight-Config__host.json", true),
        row(
            "host.json/Azure-Samples__functions-custom-handlers__R__host.json",
            true,
            "host.deprecated-extension-bundle@5:14"),
        row(
            "host.json/Azure-Samples__functions-custom-handlers__Rust__host.json",
            true,
            "host.deprecated-extension-bundle@5:14"),
        row(
            "host.json/Azure-Samples__functions-custom-handlers__go__host.json",
            true,
            "host.deprecated-extension-bundle@5:14"),
        row(
            "host.json/Azure__azure-functions-powershell-worker__examples__PSCoreApp__host.json",
            true),
        row(
            "host.json/Azure__azure-functions-powershell-worker__test__E2E__TestFunctionApp__host.json",
            true,
            "host.deprecated-extension-bundle@8:20"),
        row(
            "host.json/SchemaStore__schemastore__src__test__host__host.v1.json",
            false,
            "host.missing-version@1:1",
            "host.v1-property@2:3",
            "host.v1-property@7:3",
            "host.v1-property@10:3",
            "host.v1-property@11:3",
            "host.v1-property@17:3",
            "host.v1-property@29:3"),
        row("launch.json/0xERR0R__blocky__launch.json", true),
        row("launch.json/Arno500__plex-richpresence__launch.json", true),
        row("launch.json/getoutreach__localizer__launch.json", false, "launch.settings-key@13:7"),
        row("launch.json/golang__vscode-go__launch.json", true),
        row("launch.json/jesseduffield__lazygit__launch.json", true),
        row(
            "launch.json/microsoft__vscode-dev-containers__containers__go__launch@a866673.json",
            true),
        row("launch.json/microsoft__vscode-remote-try-go__launch.json", true),
        row(
            "launch.json/setlog__trivrost__launch@f63fb84.json",
            true,
            "variable.workspace-root@11:24",
            "launch.deprecated-remote@22:21",
            "variable.workspace-root@27:24",
            "variable.workspace-root@38:82",
            "variable.workspace-root@39:24",
            "variable.workspace-root@49:23",
            "variable.workspace-root@50:24"),
        row("tasks.json/0xERR0R__blocky__tasks.json", false, "tasks.group-without-kind@44:7"),
        row("tasks.json/AaronRoethe__go-journal-server__tasks.json", true),
        row("tasks.json/AlbertoDePena__azure-function-fsharp-template__tasks.json", true),
        // A Windows GUI build as a shell task quoted for a POSIX shell (and its nested '-static'
        // closes the outer quote even there).
        row(
            "tasks.json/Arno500__plex-richpresence__tasks.json",
            true,
            "tasks.shell-single-quotes@9:24",
            "tasks.shell-single-quotes@29:24"),
        row(
            "tasks.json/golang__vscode-go__tasks.json",
            true,
            "tasks.global-command-with-tasks@15:2"),
        row(
            "tasks.json/golang__vscode-go__tasks@0201072.json",
            true,
            "tasks.old-version@12:13",
            "tasks.deprecated-property@18:2",
            "tasks.deprecated-property@21:2"),
        row("tasks.json/jesseduffield__lazygit__tasks.json", true, "tasks.misplaced-property@44:9"),
        row(
            "tasks.json/jesseduffield__lazygit__tasks@fb170b5.json",
            false,
            "tasks.process-command-with-args@9:18"),
        row("tasks.json/qdm12__gluetun__tasks.json", true),
        row("vscode-settings/0xERR0R__blocky__settings.json", true),
        row("vscode-settings/getoutreach__localizer__settings.json", true),
        row(
            "vscode-settings/golang__vscode-go__extension__test__gopls__testdata__settings.json",
            true),
        row("vscode-settings/golang__vscode-go__settings@9083554.json", true),
        row("vscode-settings/jesseduffield__lazygit__settings.json", true),
        row("vscode-settings/jesseduffield__lazygit__settings@877c277.json", true),
        row("vscode-settings/qdm12__gluetun__settings.json", true),
        row(
            "vscode-settings/qdm12__gluetun__settings@fb4c9b8.json",
            true,
            "go.removed-setting@10:5",
            "go.removed-setting@11:5",
            "go.removed-setting@12:5",
            "go.deprecated-setting@67:5"));
  }

  private static Arguments row(String file, boolean valid, String... issues) {
    return Arguments.of(file, valid, Arrays.asList(issues));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectations")
  void shouldValidateCorpusFileToItsKnownOutcome(String file, boolean valid, List<String> issues) {
    Path path = Fixtures.corpus().resolve(file);
    ConfigKind kind = Fixtures.CORPUS_KINDS.get(file.substring(0, file.indexOf('/')));

    ValidationReport report = ConfigValidator.standard().validate(path, kind);

    assertThat(Fixtures.summary(report)).as("%s", report).containsExactlyElementsOf(issues);
    assertThat(report.isValid()).as("%s", report).isEqualTo(valid);
    assertThat(report.issues()).allSatisfy(i -> assertThat(i.source()).isEqualTo(path.toString()));
  }

  @Test
  void shouldHaveAnExpectationForEveryCorpusFile() throws IOException {
    Path corpus = Fixtures.corpus();
    TreeSet<String> onDisk = new TreeSet<>();
    for (String dir : Fixtures.CORPUS_KINDS.keySet()) {
      try (Stream<Path> files = Files.list(corpus.resolve(dir))) {
        files.forEach(f -> onDisk.add(dir + "/" + f.getFileName()));
      }
    }
    List<String> expected =
        expectations().map(a -> (String) a.get()[0]).collect(Collectors.toList());

    assertThat(expected).containsExactlyInAnyOrderElementsOf(onDisk);
  }

  @Test
  void shouldRejectGoEnvBecauseItIsNotAConfigKind() {
    Path goEnv = Fixtures.corpus().resolve("go.env/golang__go__go.env");

    assertThatThrownBy(() -> ConfigValidator.standard().validate(goEnv))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageContaining(goEnv.toString())
        .hasMessageContaining(".vscode/tasks.json")
        .hasMessageContaining(".goreleaser.yaml");
  }
}
