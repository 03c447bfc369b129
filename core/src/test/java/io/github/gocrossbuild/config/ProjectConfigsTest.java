package io.github.gocrossbuild.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.GoToolchainFixture;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.env.VsCodeWorkspace;
import io.github.gocrossbuild.internal.env.GoVariables;
import io.github.gocrossbuild.internal.jsonc.JsoncObject;
import io.github.gocrossbuild.internal.jsonc.JsoncSyntax;
import io.github.gocrossbuild.internal.jsonc.JsoncTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests for {@link ProjectConfigs}: a generated task, run the way VS Code's process task runner
 * runs it, builds the same bytes as {@code run()}, and VS Code's view of its environment is the
 * builder's.
 */
class ProjectConfigsTest {
  private static final String WORKSPACE = "${workspaceFolder}";

  @TempDir Path tmp;

  private GoCrossBuilder builder(String platform, Path module) {
    return builder(platform, module, false);
  }

  private GoCrossBuilder builder(String platform, Path module, boolean cgo) {
    GoCrossBuilder b =
        GoCrossBuild.target(platform)
            .moduleDir(module)
            .goCommand(GoToolchainFixture.go())
            .on(BuildHosts.local(GoToolchainFixture.environment()))
            .buildvcs(false)
            .ldflags("-X 'main.version=1.2 beta'");
    return cgo ? b.cgo() : b.noCgo();
  }

  @ParameterizedTest
  @ValueSource(strings = {"linux/arm64", "linux/arm/v7", "windows/amd64", "darwin/arm64"})
  void shouldBuildTheSameBytesAsRunWhenTheTaskRunsAsVsCodeRunsIt(String platform) throws Exception {
    assertSameBytes(platform, false);
  }

  @Test
  void shouldBuildTheSameBytesWithCgoAndTheCrossCompilerRunFound() throws Exception {
    assertSameBytes("linux/arm64", true);
  }

  private void assertSameBytes(String platform, boolean cgo) throws Exception {
    Path module = GoToolchainFixture.copyModule("hello", tmp);
    GoCrossBuilder builder = builder(platform, module, cgo);
    ConfigWriteReport report = builder.configs().writeTo(module);
    assertThat(report.file(".vscode/tasks.json").orElseThrow().status())
        .isEqualTo(ConfigFileStatus.CREATED);
    JsoncObject task = task(module, "go build " + platform);

    Path taskArtifact = runTask(task, module);
    String taskSha = sha256(taskArtifact);
    Files.move(taskArtifact, tmp.resolve("from-task"));
    BuildResult result = builder.run();

    assertThat(result.artifact()).isEqualTo(taskArtifact);
    assertThat(sha256(result.artifact())).isEqualTo(taskSha);
  }

  @ParameterizedTest
  @ValueSource(strings = {"linux/arm64", "linux/arm/v7", "linux/amd64/v3", "windows/amd64"})
  void shouldGiveTheTaskTheBuildersValueOfEveryGoVariable(String platform) throws Exception {
    Path module = GoToolchainFixture.copyModule("hello", tmp);
    GoCrossBuilder builder = builder(platform, module);
    builder.configs().writeTo(module);

    ResolvedEnv task =
        VsCodeWorkspace.load(module, GoToolchainFixture.environment())
            .taskEnv("go build " + platform);
    ResolvedEnv build = builder.explainEnv();

    TreeSet<String> names = new TreeSet<>(GoVariables.DOCUMENTED);
    names.addAll(GoVariables.VARIANTS);
    names.addAll(List.of("GOOS", "GOARCH", "CGO_ENABLED", "CC", "GOTOOLCHAIN", "GOFLAGS"));
    // go env makes up a new temporary directory in GOGCCFLAGS each time it runs.
    names.remove("GOGCCFLAGS");
    for (String name : names) {
      assertThat(task.get(name)).as(name).isEqualTo(build.get(name));
    }
    assertThat(task.get("GOOS")).contains(platform.split("/")[0]);
  }

  @Test
  void shouldMakeTheHostPlatformsTaskTheDefaultBuild() throws Exception {
    Path module = GoToolchainFixture.copyModule("hello", tmp);
    Target host = Target.current().orElseThrow();
    Target other = Target.parse(host.goos() == GoOs.LINUX ? "windows/amd64" : "linux/arm64");

    GoCrossBuild.targets(other, host)
        .noCgo()
        .moduleDir(module)
        .goCommand(GoToolchainFixture.go())
        .configs()
        .writeTo(module);

    assertThat(((JsoncObject) task(module, "go build " + host).get("group")).get("isDefault"))
        .isEqualTo(true);
    assertThat(((JsoncObject) task(module, "go build " + other).get("group")).get("isDefault"))
        .isEqualTo(false);
  }

  private static JsoncObject task(Path workspace, String label) throws Exception {
    Object root =
        JsoncTree.read(
            "tasks.json",
            Files.readString(workspace.resolve(".vscode/tasks.json")),
            JsoncSyntax.VSCODE);
    for (Object t : (List<?>) ((JsoncObject) root).get("tasks")) {
      if (label.equals(((JsoncObject) t).get("label"))) {
        return (JsoncObject) t;
      }
    }
    throw new AssertionError("no task " + label);
  }

  /** Runs command + args in options.cwd with options.env over the process environment. */
  private static Path runTask(JsoncObject task, Path workspace) throws Exception {
    String ws = workspace.toString();
    List<String> argv = new ArrayList<>();
    argv.add(((String) task.get("command")).replace(WORKSPACE, ws));
    Path output = null;
    List<?> args = (List<?>) task.get("args");
    for (int i = 0; i < args.size(); i++) {
      String a = ((String) args.get(i)).replace(WORKSPACE, ws);
      argv.add(a);
      if (i > 0 && args.get(i - 1).equals("-o")) {
        output = Path.of(a);
      }
    }
    JsoncObject options = (JsoncObject) task.get("options");
    ProcessBuilder pb =
        new ProcessBuilder(argv)
            .directory(Path.of(((String) options.get("cwd")).replace(WORKSPACE, ws)).toFile())
            .redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().putAll(GoToolchainFixture.environment());
    ((JsoncObject) options.get("env"))
        .members()
        .forEach((k, v) -> pb.environment().put(k, ((String) v).replace(WORKSPACE, ws)));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(output).isNotNull();
    return output;
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
