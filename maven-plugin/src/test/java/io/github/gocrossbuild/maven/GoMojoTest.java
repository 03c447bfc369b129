package io.github.gocrossbuild.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.Target;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link GoMojo}: each parameter reaches the library's builder as written. */
class GoMojoTest {
  @TempDir Path tmp;

  private BuildMojo mojo() {
    BuildMojo m = new BuildMojo();
    m.targets = List.of("linux/arm64", " linux/arm/v7 ");
    m.moduleDir = tmp.resolve("go").toFile();
    m.outputDir = tmp.resolve("out").toFile();
    return m;
  }

  @Test
  void shouldMapEveryParameterOntoTheBuilder() throws MojoExecutionException {
    BuildMojo m = mojo();
    m.pkg = "./cmd/server";
    m.binaryName = "sidecar";
    m.cgo = true;
    m.cc = new File("/usr/bin/aarch64-linux-gnu-gcc");
    m.staticLink = true;
    m.ldflags = List.of("-X main.version=1.0.0");
    m.tags = List.of("netgo", "osusergo");
    m.env = Map.of("GOFLAGS", "-mod=mod");

    BuildSpec spec = m.configure(false).spec();

    assertThat(spec.targets())
        .containsExactly(Target.parse("linux/arm64"), Target.parse("linux/arm/v7"));
    assertThat(spec.moduleDir()).isEqualTo(tmp.resolve("go"));
    assertThat(spec.outputDir()).contains(tmp.resolve("out"));
    assertThat(spec.pkg()).isEqualTo("./cmd/server");
    assertThat(spec.binaryName()).contains("sidecar");
    assertThat(spec.cgo()).contains(true);
    assertThat(spec.cc()).contains(Path.of("/usr/bin/aarch64-linux-gnu-gcc"));
    assertThat(spec.staticLink()).isTrue();
    assertThat(spec.ldflags()).containsExactly("-X main.version=1.0.0");
    assertThat(spec.tags()).containsExactly("netgo", "osusergo");
    assertThat(spec.env()).containsExactly(Map.entry("GOFLAGS", "-mod=mod"));
    assertThat(spec.goVersion()).isEmpty();
  }

  @Test
  void shouldBuildWithoutCgoAndTurnGoProxyOffWhenMavenIsOffline() throws MojoExecutionException {
    BuildSpec online = mojo().configure(false).spec();
    BuildSpec offline = mojo().configure(true).spec();

    assertThat(online.cgo()).contains(false);
    assertThat(online.env()).isEmpty();
    assertThat(offline.env()).containsExactly(Map.entry("GOPROXY", "off"));
  }

  @Test
  void shouldKeepTheUsersGoProxyWhenOffline() throws MojoExecutionException {
    BuildMojo m = mojo();
    m.env = Map.of("GOPROXY", "file:///srv/goproxy");

    assertThat(m.configure(true).spec().env())
        .containsExactly(Map.entry("GOPROXY", "file:///srv/goproxy"));
  }

  @Test
  void shouldRefuseAToolchainOfflineUntilItIsInTheCache() throws Exception {
    BuildMojo m = mojo();
    m.goVersion = "1.22.12";
    m.goCacheDir = tmp.resolve("toolchains").toFile();

    assertThat(m.configure(false).spec().goVersion()).contains("go1.22.12");
    assertThatThrownBy(() -> m.configure(true))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "gocrossbuild: goVersion 1.22.12 is not in the toolchain cache %s and Maven is offline"
                + " (-o); run once without -o to download it, or remove <goVersion> to build"
                + " with the Go on this machine",
            tmp.resolve("toolchains"));

    Path go = tmp.resolve("toolchains/go1.22.12/bin/go");
    Files.createDirectories(go.getParent());
    Files.writeString(go, "#!/bin/sh\n");
    go.toFile().setExecutable(true);

    assertThat(m.configure(true).spec().goVersion()).contains("go1.22.12");
  }

  @Test
  void shouldAskForTargetsWhenNoneAreConfigured() {
    BuildMojo m = mojo();
    m.targets = List.of();

    assertThatThrownBy(() -> m.configure(false))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "gocrossbuild: no <targets>; add e.g. <targets><target>linux/arm64</target></targets>");
  }

  @Test
  void shouldTakeAnUnchangedTargetFromTheBuildCacheInsteadOfBuildingIt() throws Exception {
    Path module = Files.createDirectories(tmp.resolve("go"));
    Files.writeString(module.resolve("go.mod"), "module example.com/side\n\ngo 1.21\n");
    Files.writeString(module.resolve("main.go"), "package main\n\nfunc main() { println(1) }\n");
    BuildMojo m = mojo();
    m.targets = List.of("linux/amd64");
    m.buildCache = tmp.resolve("cache").toFile();

    BuildResult first = m.configure(false).runAll().get(0);
    BuildResult second = m.configure(false).runAll().get(0);

    assertThat(first.fromCache()).isFalse();
    assertThat(second.fromCache()).isTrue();
    assertThat(second.cacheSource()).contains("directory " + tmp.resolve("cache"));
    assertThat(Files.readAllBytes(second.artifact()))
        .isEqualTo(Files.readAllBytes(first.artifact()));
  }
}
