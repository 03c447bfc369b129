package io.github.gocrossbuild.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.env.EnvFinding;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.testing.RealTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link ResolvedEnvMemo}. */
class ResolvedEnvMemoTest {
  @TempDir Path tmp;

  @Test
  void shouldReuseTheEnvironmentForIdenticalInputsAndResolveAgainWhenTheEnvFileChanges()
      throws IOException {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path module = Files.createDirectories(tmp.resolve("m"));
    Map<String, String> process =
        Map.of(
            "HOME",
            home.toString(),
            "PATH",
            RealTools.go().getParent() + ":/usr/bin:/bin",
            "GOTOOLCHAIN",
            "local");
    GoCrossBuilder builder =
        GoCrossBuild.target("linux/arm64").noCgo().moduleDir(module).on(BuildHosts.local(process));

    ResolvedEnv first = builder.explainEnv();
    ResolvedEnv again = builder.explainEnv();
    assertThat(again).isSameAs(first);
    assertThat(first.explain("GOFLAGS").value()).contains("");

    Path envFile = Files.createDirectories(home.resolve(".config/go")).resolve("env");
    Files.writeString(envFile, "GOFLAGS=-mod=mod\n");
    ResolvedEnv afterEdit = builder.explainEnv();

    assertThat(afterEdit).isNotSameAs(first);
    assertThat(afterEdit.explain("GOFLAGS").value()).contains("-mod=mod");
    assertThat(afterEdit.explain("GOFLAGS").layer()).contains(EnvLayer.USER_ENV_FILE);
    assertThat(builder.explainEnv()).isSameAs(afterEdit);
  }

  @Test
  void shouldResolveAgainWhenAFileStartsToImportC() throws IOException {
    Path module = Files.createDirectories(tmp.resolve("m"));
    Files.writeString(module.resolve("go.mod"), "module example.com/m\n\ngo 1.21\n");
    Files.writeString(module.resolve("main.go"), "package main\n\nfunc main() {}\n");
    GoCrossBuilder builder = GoCrossBuild.target("linux/arm64").moduleDir(module);

    ResolvedEnv first = builder.explainEnv();
    assertThat(builder.explainEnv()).isSameAs(first);
    Files.writeString(
        module.resolve("c.go"), "package main\n\n// int one(void) { return 1; }\nimport \"C\"\n");
    ResolvedEnv afterEdit = builder.explainEnv();

    assertThat(cgoOffCross(first).message()).contains("`go list` finds no package with cgo files");
    assertThat(cgoOffCross(afterEdit).message())
        .contains(
            "these cgo files are dropped (pure-Go fallbacks are used where they exist):"
                + " runtime/cgo: cgo.go; example.com/m: c.go.");
  }

  private static EnvFinding cgoOffCross(ResolvedEnv env) {
    return env.findings().stream()
        .filter(f -> f.id().equals("env.cgo-off-cross"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void shouldResolveEachTargetOnItsOwn() throws IOException {
    Path module = Files.createDirectories(tmp.resolve("m"));
    ResolvedEnv arm = GoCrossBuild.target("linux/arm/v7").noCgo().moduleDir(module).explainEnv();
    ResolvedEnv arm6 = GoCrossBuild.target("linux/arm/v6").noCgo().moduleDir(module).explainEnv();

    assertThat(arm.get("GOARM")).contains("7");
    assertThat(arm6.get("GOARM")).contains("6");
  }
}
