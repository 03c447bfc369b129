package io.github.gocrossbuild.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoToolchainFixture;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.jsonc.JsoncObject;
import io.github.gocrossbuild.testing.DevcontainerCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Dev Containers CLI, the consumer of devcontainer.json, reads every devcontainer.json the
 * library writes: new, and merged into a user's file with comments and features.
 */
class DevcontainerCliTest {
  @TempDir Path tmp;

  private ProjectConfigs configs(Path module) {
    return GoCrossBuild.targets(Target.parse("linux/arm64"), Target.parse("linux/arm/v7"))
        .noCgo()
        .moduleDir(module)
        .goCommand(GoToolchainFixture.go())
        .on(BuildHosts.local(GoToolchainFixture.environment()))
        .configs()
        .forwardPorts(8080);
  }

  @Test
  void shouldBeReadAsWrittenWithNoTargetPlatformPinned() {
    Path module = GoToolchainFixture.copyModule("hello", tmp);
    Path ws = tmp.resolve("ws");

    configs(module).writeTo(ws);
    DevcontainerCli cli = DevcontainerCli.read(ws);

    assertThat(cli.exitCode()).as(cli.output()).isZero();
    JsoncObject c = cli.configuration();
    assertThat(c.members().keySet())
        .containsExactly(
            "name", "image", "customizations", "remoteUser", "forwardPorts", "configFilePath");
    assertThat(c.get("image").toString()).startsWith("mcr.microsoft.com/devcontainers/go:1.");
    assertThat(c.get("remoteUser")).isEqualTo("vscode");
    assertThat(c.get("forwardPorts").toString()).isEqualTo("[8080]");
    JsoncObject vscode = (JsoncObject) ((JsoncObject) c.get("customizations")).get("vscode");
    assertThat(vscode.get("extensions")).isEqualTo(List.of("golang.go"));
  }

  @Test
  void shouldBeReadAfterMergingIntoTheUsersFile() throws Exception {
    Path module = GoToolchainFixture.copyModule("hello", tmp);
    Path ws = tmp.resolve("ws");
    Path file = Files.createDirectories(ws.resolve(".devcontainer")).resolve("devcontainer.json");
    Files.writeString(
        file,
        "// the team's container\n{\n  \"features\": {\n"
            + "    \"ghcr.io/devcontainers/features/node:1\": {}, // for the docs\n  },\n"
            + "  \"postCreateCommand\": \"go mod download\",\n}\n");

    ConfigWriteReport report = configs(module).writeTo(ws);
    DevcontainerCli cli = DevcontainerCli.read(ws);

    assertThat(report.file(".devcontainer/devcontainer.json").orElseThrow().status())
        .isEqualTo(ConfigFileStatus.CHANGED);
    assertThat(cli.exitCode()).as(cli.output()).isZero();
    JsoncObject c = cli.configuration();
    assertThat(c.get("postCreateCommand")).isEqualTo("go mod download");
    assertThat(((JsoncObject) c.get("features")).members())
        .containsOnlyKeys("ghcr.io/devcontainers/features/node:1");
    assertThat(c.get("remoteUser")).isEqualTo("vscode");
    assertThat(Files.readString(file).split("Written by GoCrossBuild", -1)).hasSize(2);
  }

  @Test
  void shouldDropThePlatformPinAnEarlierVersionWrote() throws Exception {
    Path module = GoToolchainFixture.copyModule("hello", tmp);
    Path ws = tmp.resolve("ws");
    Path file = Files.createDirectories(ws.resolve(".devcontainer")).resolve("devcontainer.json");
    String marker = "  // Written by GoCrossBuild from the build spec; it updates this.\n";
    // What the second version wrote for a linux/arm64 first target: the pin that forces emulation.
    Files.writeString(
        file,
        "{\n"
            + marker
            + "  \"name\": \"hello (Go 1.23)\",\n"
            + marker
            + "  \"runArgs\": [\"--platform=linux/arm64\"],\n"
            + "  \"postCreateCommand\": \"go mod download\",\n"
            + marker
            + "  \"remoteUser\": \"vscode\"\n}\n");

    configs(module).writeTo(ws);
    DevcontainerCli cli = DevcontainerCli.read(ws);

    assertThat(cli.exitCode()).as(cli.output()).isZero();
    JsoncObject c = cli.configuration();
    assertThat(c.members()).doesNotContainKey("runArgs");
    assertThat(c.get("postCreateCommand")).isEqualTo("go mod download");
    assertThat(c.get("remoteUser")).isEqualTo("vscode");
    assertThat(Files.readString(file).split("Written by GoCrossBuild", -1)).hasSize(2);
  }
}
