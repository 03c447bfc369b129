package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.env.EnvExplanation;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.testing.GoArchives;
import io.github.gocrossbuild.testing.MirrorServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests for {@link GoCrossBuilder#goVersion(String)} and {@link
 * GoCrossBuilder#goDownloads(GoDownloads)}: the chosen toolchain, GOTOOLCHAIN=local and go.mod.
 */
class GoCrossBuilderGoVersionTest {
  @TempDir Path tmp;
  private Path module;
  private BuildHost host;

  @BeforeEach
  void setUp() {
    module = GoToolchainFixture.copyModule("hello", tmp);
    Map<String, String> env = new HashMap<>(GoToolchainFixture.environment());
    env.put("GOTOOLCHAIN", "auto");
    host = BuildHosts.local(env);
  }

  @Test
  void shouldUseTheLocalToolchainOfTheVersionWithoutDownloading() {
    Path mirror = tmp.resolve("mirror");
    GoArchives.publish(GoArchives.real(), mirror);
    String v = GoArchives.localVersion();
    try (MirrorServer server = MirrorServer.serve(mirror)) {
      BuildResult r =
          GoCrossBuild.target(Target.current().orElseThrow())
              .moduleDir(module)
              .on(host)
              .noCgo()
              .goVersion(v.substring(2))
              .goDownloads(GoDownloads.from(server.base()).cacheDir(tmp.resolve("cache")))
              .run();
      assertThat(r.toolchain().foundBy())
          .isEqualTo(
              String.format(
                  "goVersion(%s): found by PATH (%s)", v, GoToolchainFixture.go().getParent()));
      assertThat(r.binary().buildInfo().orElseThrow().goVersion()).isEqualTo(v);
      assertThat(server.requests(GoArchives.archiveName())).isZero();
      EnvExplanation gotoolchain = r.environment().explain("GOTOOLCHAIN");
      assertThat(gotoolchain.value()).contains("local");
      assertThat(gotoolchain.layer()).contains(EnvLayer.BUILDER_ENV);
      assertThat(gotoolchain.shadowed()).extracting(b -> b.value()).contains("auto");
    }
  }

  @Test
  void shouldLetEnvOverrideTheGotoolchainDefault() {
    EnvExplanation e =
        GoCrossBuild.target("linux/arm64")
            .moduleDir(module)
            .on(host)
            .env("GOTOOLCHAIN", "local+path")
            .explainEnv()
            .explain("GOTOOLCHAIN");
    assertThat(e.value()).contains("local+path");
  }

  @Test
  void shouldSayBeforeBuildingThatGoModNeedsANewerGo() throws Exception {
    Files.writeString(module.resolve("go.mod"), "module example.com/hello\n\ngo 1.99\n");
    String v = GoArchives.localVersion();
    GoCrossBuilder builder =
        GoCrossBuild.target("linux/arm64").moduleDir(module).on(host).noCgo().goVersion(v);
    assertThatThrownBy(builder::run)
        .isInstanceOfSatisfying(
            ToolchainTooOldException.class,
            e -> {
              assertThat(e.required()).isEqualTo("1.99");
              assertThat(e.toolchainVersion()).isEqualTo(v);
            })
        .hasMessage(
            "%s says `go 1.99`, newer than the chosen toolchain %s (goVersion(%s): found by PATH"
                + " (%s) at %s); with GOTOOLCHAIN=local go would fail with \"go.mod requires go >="
                + " 1.99\". Ask for that version with goVersion(\"1.99\") or lower the go line.",
            module.resolve("go.mod"),
            v,
            v,
            GoToolchainFixture.go().getParent(),
            GoToolchainFixture.go());
    assertThat(module.resolve("bin")).isEmptyDirectory();
  }

  @Test
  void shouldRefuseAVersionThatIsNotAGoRelease() {
    assertThatThrownBy(() -> GoCrossBuild.target("linux/arm64").goVersion("latest"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "goVersion: version: \"latest\" is not a Go release version such as 1.23.5 or"
                + " go1.23.5");
  }
}
