package io.github.gocrossbuild.env;

import static io.github.gocrossbuild.testing.GoEnvJson.assertAgreement;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.testing.GoEnvJson;
import io.github.gocrossbuild.testing.RealTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link VsCodeWorkspace} against the real tool: for every consumer whose last step is a
 * real {@code go}, the real {@code go env -json} started with the consumer's {@link
 * ResolvedEnv#processEnvironment()} must report what the model predicts. Where they disagree, Go is
 * right.
 */
class VsCodeWorkspaceGoEnvTest {
  private static final String TASKS =
      "{\"version\": \"2.0.0\", \"options\": {\"env\": %s},"
          + " \"tasks\": [{\"label\": \"t\", \"type\": \"shell\", \"command\": \"go build\","
          + " \"options\": {\"env\": %s}}]}";
  private static final String LAUNCH =
      "{\"version\": \"0.2.0\", \"configurations\": [{\"name\":"
          + " \"d\", \"type\": \"go\", \"request\": \"launch\", \"program\": \"${workspaceFolder}\","
          + " \"env\": %s}]}";

  @TempDir Path tmp;

  @Test
  void shouldMatchGoForEveryConsumerWithNothingSet() throws IOException {
    Scenario s =
        new Scenario(tmp)
            .files("{}", String.format(TASKS, "{}", "{}"), String.format(LAUNCH, "{}"));
    Map<String, ResolvedEnv> envs = s.agreeForEveryConsumer();
    assertThat(envs.get("task").get("GOTOOLCHAIN")).contains("auto");
    assertThat(envs.get("installer").get("GOPATH")).contains(s.home + "/go");
  }

  @Test
  void shouldMatchGoForEveryConsumerWithSettingsInEveryLayer() throws IOException {
    Scenario s =
        new Scenario(tmp)
            .envFile(
                "GOARCH=arm64\nGOOS=windows\nGOFLAGS=-trimpath\nGOPROXY=direct\n"
                    + "GOTOOLCHAIN=local\nGO111MODULE=on\nGOAMD64=v3\nGOCACHE=/opt/gocache\n")
            .process("GOFLAGS", "")
            .process("GOARCH", "")
            .process("GO111MODULE", "")
            .files(
                "{\"go.toolsEnvVars\": {\"GOFLAGS\": \"-json -mod=mod\", \"GOPROXY\": \"off\","
                    + " \"GOAMD64\": \"v2\"}, \"go.gopath\": \"/opt/gopath\", \"go.testEnvVars\":"
                    + " {\"GO111MODULE\": \"off\", \"CGO_ENABLED\": \"0\"}}",
                String.format(
                    TASKS,
                    "{\"GOPROXY\": \"https://example.test\"}",
                    "{\"GOOS\":"
                        + " \"linux\", \"GOARCH\": \"arm\", \"GOARM\": \"6\", \"CGO_ENABLED\": \"1\"}"),
                String.format(
                    LAUNCH, "{\"GOCACHE\": \"${workspaceFolder}/cache\", \"GOAMD64\":" + " \"\"}"));
    Map<String, ResolvedEnv> envs = s.agreeForEveryConsumer();
    assertThat(envs.get("task").asMap())
        .containsEntry("GOARCH", "arm")
        .containsEntry("GOARM", "6")
        .containsEntry("GOFLAGS", "-trimpath");
    assertThat(envs.get("tools").asMap())
        .containsEntry("GOFLAGS", " -mod=mod")
        .containsEntry("GOARCH", "arm64")
        .containsEntry("GOAMD64", "v2");
    assertThat(envs.get("tests").asMap())
        .containsEntry("GO111MODULE", "off")
        .containsEntry("CGO_ENABLED", "0");
    assertThat(envs.get("debug").asMap())
        .containsEntry("GOAMD64", "v3")
        .containsEntry("GOCACHE", s.ws + "/cache");
    assertThat(envs.get("installer").asMap())
        .containsEntry("GOFLAGS", "-trimpath")
        .containsEntry("GOTOOLCHAIN", "auto")
        .containsEntry("GOPATH", "/opt/gopath");
  }

  @Test
  void shouldMatchGoWhenGoenvIsOffAndTheInstallerDeletesIt() throws IOException {
    Scenario s =
        new Scenario(tmp)
            .envFile("GOARCH=arm64\nGOPROXY=off\nGOFLAGS=-trimpath\n")
            .process("GOENV", "off")
            .files("{}", String.format(TASKS, "{}", "{}"), String.format(LAUNCH, "{}"));
    Map<String, ResolvedEnv> envs = s.agreeForEveryConsumer();
    assertThat(envs.get("task").get("GOARCH")).contains(host().goarch().goName());
    assertThat(envs.get("task").get("GOENV")).contains("");
    assertThat(envs.get("installer").get("GOARCH")).contains("arm64");
    assertThat(envs.get("installer").get("GOPROXY")).contains("off");
  }

  @Test
  void shouldMatchGoWithAnExplicitGoenvFileAndToolsGopath() throws IOException {
    Path custom = tmp.resolve("custom.env");
    Files.writeString(custom, "GOOS=linux\nGOARCH=arm\nGOARM=5\nGOPRIVATE=example.test\n");
    Scenario s =
        new Scenario(tmp)
            .process("GOENV", custom.toString())
            .process("GOOS", "freebsd")
            .process("GOARCH", "arm64")
            .files(
                "{\"go.toolsGopath\": \"/opt/tools\", \"go.toolsEnvVars\": {\"GOARCH\":"
                    + " \"amd64\", \"GOAMD64\": \"v4\"}}",
                String.format(TASKS, "{}", "{\"GOARCH\":" + " \"\"}"),
                String.format(LAUNCH, "{\"GOOS\": \"linux\"}"));
    Map<String, ResolvedEnv> envs = s.agreeForEveryConsumer();
    assertThat(envs.get("task").asMap())
        .containsEntry("GOOS", "freebsd")
        .containsEntry("GOARCH", "arm")
        .containsEntry("GONOPROXY", "example.test");
    assertThat(envs.get("tools").asMap())
        .containsEntry("GOARCH", "amd64")
        .containsEntry("GOAMD64", "v4");
    // The installer deletes GOENV too, so the custom file no longer applies; GOAMD64 survives.
    assertThat(envs.get("installer").asMap())
        .containsEntry("GOOS", "linux")
        .containsEntry("GOARCH", "amd64")
        .containsEntry("GOAMD64", "v4")
        .containsEntry("GOPATH", "/opt/tools")
        .containsEntry("GOBIN", "")
        .containsEntry("GOENV", s.home + "/.config/go/env");
  }

  @Test
  void shouldInferGopathButIgnoreGoLanguageBlocks() throws IOException {
    Scenario s =
        new Scenario(tmp)
            .workspaceAt("gp/src/example.com/app")
            .files(
                "{\"go.inferGopath\": true, \"[go]\": {\"go.toolsEnvVars\": {\"GOARCH\":"
                    + " \"arm64\"}, \"go.gopath\": \"/ignored\", \"editor.formatOnSave\": true}}",
                String.format(TASKS, "{}", "{}"),
                String.format(LAUNCH, "{}"));
    Map<String, ResolvedEnv> envs = s.agreeForEveryConsumer();
    String inferred = tmp.resolve("gp").toString();
    for (String who : new String[] {"tools", "tests", "debug", "installer"}) {
      assertThat(envs.get(who).asMap())
          .as(who)
          .containsEntry("GOPATH", inferred)
          .containsEntry("GOMODCACHE", inferred + "/pkg/mod")
          .containsEntry("GOARCH", host().goarch().goName());
    }
    assertThat(envs.get("task").get("GOPATH")).contains(s.home + "/go");
    assertThat(envs.get("tools").findings())
        .extracting(EnvFinding::id)
        .doesNotContain("env.tools-env-target");
  }

  private static Target host() {
    return Target.current().orElseThrow();
  }

  /** One controlled machine: a temp HOME, a process environment, a workspace. */
  private static final class Scenario {
    final Path go = RealTools.go();
    final Path home;
    Path ws;
    final Map<String, String> process = new LinkedHashMap<>();

    Scenario(Path dir) throws IOException {
      home = Files.createDirectories(dir.resolve("home"));
      ws = Files.createDirectories(dir.resolve("ws"));
      process.put("HOME", home.toString());
      process.put("PATH", go.getParent() + ":/usr/local/bin:/usr/bin:/bin");
    }

    Scenario workspaceAt(String relative) throws IOException {
      ws = Files.createDirectories(home.getParent().resolve(relative));
      return this;
    }

    Scenario envFile(String content) throws IOException {
      Path file = home.resolve(".config/go/env");
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
      return this;
    }

    Scenario process(String name, String value) {
      process.put(name, value);
      return this;
    }

    Scenario files(String settings, String tasks, String launch) throws IOException {
      Path vscode = Files.createDirectories(ws.resolve(".vscode"));
      Files.writeString(vscode.resolve("settings.json"), settings);
      Files.writeString(vscode.resolve("tasks.json"), tasks);
      Files.writeString(vscode.resolve("launch.json"), launch);
      return this;
    }

    /** Resolves every consumer, runs the real go with each and asserts agreement. */
    Map<String, ResolvedEnv> agreeForEveryConsumer() {
      Map<String, ResolvedEnv> envs = EveryConsumer.of(VsCodeWorkspace.load(ws, process), "t", "d");
      envs.forEach((who, env) -> assertAgreement(env, GoEnvJson.run(go, home, env)));
      return envs;
    }
  }
}
