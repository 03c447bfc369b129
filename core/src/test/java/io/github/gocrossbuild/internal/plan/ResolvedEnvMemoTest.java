package io.github.gocrossbuild.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.spi.BuildHost;
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
        GoCrossBuild.target("linux/arm64").noCgo().moduleDir(module).on(BuildHost.local(process));

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
  void shouldResolveEachTargetOnItsOwn() throws IOException {
    Path module = Files.createDirectories(tmp.resolve("m"));
    ResolvedEnv arm = GoCrossBuild.target("linux/arm/v7").noCgo().moduleDir(module).explainEnv();
    ResolvedEnv arm6 = GoCrossBuild.target("linux/arm/v6").noCgo().moduleDir(module).explainEnv();

    assertThat(arm.get("GOARM")).contains("7");
    assertThat(arm6.get("GOARM")).contains("6");
  }
}
