package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.env.EnvExplanation;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.testing.RealTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of cgo builds through {@link GoCrossBuilder#cgo()}, with real Go, Debian's cross gcc
 * (aarch64-linux-gnu, arm-linux-gnueabihf), the host's gcc and qemu-user.
 */
class CgoBuildTest {
  private static final String C_LINE = "cgoapp: C says 42";

  @TempDir Path tmp;
  private Path module;
  private BuildHost host;
  private final List<BuildEvent> events = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void setUp() {
    GoToolchainFixture.go();
    for (String tool :
        List.of(
            "/usr/bin/gcc",
            "/usr/bin/aarch64-linux-gnu-gcc",
            "/usr/bin/arm-linux-gnueabihf-gcc",
            "/usr/bin/qemu-aarch64-static",
            "/usr/bin/qemu-arm-static")) {
      if (!Files.isExecutable(Path.of(tool))) {
        RealTools.missing(
            tool
                + " (gcc gcc-aarch64-linux-gnu libc6-dev-arm64-cross gcc-arm-linux-gnueabihf"
                + " libc6-dev-armhf-cross qemu-user-static)");
      }
    }
    module = GoToolchainFixture.copyModule("cgoapp", tmp);
    host = BuildHosts.local(GoToolchainFixture.environment());
  }

  private GoCrossBuilder build(String platform) {
    return GoCrossBuild.target(platform).moduleDir(module).on(host).listener(events::add);
  }

  @Test
  void shouldCrossBuildCgoForArm64WithDebianCrossGccAndRunItUnderQemu() {
    BuildResult r = build("linux/arm64").cgo().smokeTest().run();

    assertThat(r.cgo().compiler()).contains("/usr/bin/aarch64-linux-gnu-gcc");
    assertThat(r.cgo().reason()).isEqualTo("set by cgo(); aarch64-linux-gnu-gcc found on PATH");
    EnvExplanation cc = r.environment().explain("CC");
    assertThat(cc.value()).contains("/usr/bin/aarch64-linux-gnu-gcc");
    assertThat(cc.layer()).contains(EnvLayer.BUILDER_CGO);
    assertThat(r.binary().isDynamicallyLinked()).isTrue();
    assertThat(r.binary().interpreter()).contains("/lib/ld-linux-aarch64.so.1");
    assertThat(r.binary().neededLibraries()).contains("libc.so.6");
    assertThat(r.binary().requiredGlibc()).isPresent();
    assertThat(r.binary().setting("CGO_ENABLED")).contains("1");
    assertThat(r.smokeTest().orElseThrow().command())
        .containsSubsequence(
            "/usr/bin/qemu-aarch64-static",
            "-L",
            "/usr/aarch64-linux-gnu",
            r.artifact().toString());
    assertThat(r.smokeTest().orElseThrow().output()).contains(C_LINE);
    assertThat(r.warnings())
        .extracting(BuildWarning::id)
        .containsExactly(BuildWarning.PROOF_DYNAMIC_GLIBC);
    assertThat(events)
        .filteredOn(e -> e instanceof BuildEvent.Started)
        .singleElement()
        .satisfies(
            e ->
                assertThat(((BuildEvent.Started) e).variables())
                    .containsEntry("CC", "/usr/bin/aarch64-linux-gnu-gcc")
                    .containsEntry("CGO_ENABLED", "1"));
  }

  @Test
  void shouldCrossBuildCgoForArmV7WithTheHardFloatLoader() {
    BuildResult r = build("linux/arm/v7").cgo().smokeTest().run();

    assertThat(r.cgo().compiler()).contains("/usr/bin/arm-linux-gnueabihf-gcc");
    assertThat(r.binary().interpreter()).contains("/lib/ld-linux-armhf.so.3");
    assertThat(r.binary().setting("CGO_ENABLED")).contains("1");
    assertThat(r.binary().setting("GOARM")).hasValueSatisfying(v -> assertThat(v).startsWith("7"));
    assertThat(r.smokeTest().orElseThrow().command())
        .containsSubsequence("/usr/bin/qemu-arm-static", "-L", "/usr/arm-linux-gnueabihf");
    assertThat(r.smokeTest().orElseThrow().output()).contains(C_LINE);
  }

  @Test
  void shouldBuildNativeCgoWithTheHostsGcc() {
    Target here = Target.current().orElseThrow();
    BuildResult r = build(here.toString()).cgo().smokeTest().run();

    assertThat(r.cgo().compiler()).contains("/usr/bin/gcc");
    assertThat(r.cgo().reason()).isEqualTo("set by cgo(); gcc found on PATH (native build)");
    assertThat(r.binary().isDynamicallyLinked()).isTrue();
    assertThat(r.binary().setting("CGO_ENABLED")).contains("1");
    assertThat(r.smokeTest().orElseThrow().runner()).isEqualTo("native");
    assertThat(r.smokeTest().orElseThrow().output()).contains(C_LINE);
  }

  @Test
  void shouldLinkAStaticCgoBinaryThatRunsUnderQemuWithoutALibraryRoot() {
    BuildResult r = build("linux/arm64").cgo().staticLink().smokeTest().run();

    assertThat(r.binary().isStaticallyLinked()).isTrue();
    assertThat(r.binary().setting("CGO_ENABLED")).contains("1");
    assertThat(r.binary().setting("-tags")).contains("netgo,osusergo");
    assertThat(r.command())
        .contains("-ldflags=-s -w -linkmode=external -extldflags=-static", "-tags=netgo,osusergo");
    assertThat(r.smokeTest().orElseThrow().command()).doesNotContain("-L");
    assertThat(r.smokeTest().orElseThrow().output()).contains(C_LINE);
    assertThat(r.warnings())
        .extracting(BuildWarning::id)
        .containsExactly(BuildWarning.CGO_STATIC_GLIBC_NSS);
  }

  @Test
  void shouldRefuseStaticLinkWithoutCgo() {
    assertThatThrownBy(() -> build("linux/arm64").noCgo().staticLink().run())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("staticLink: needs cgo() (without cgo a linux Go binary is static already)");
    assertThat(events).noneMatch(e -> e instanceof BuildEvent.Started);
  }

  @Test
  void shouldFailBeforeGoBuildWhenTheTargetHasNoCrossCompiler() {
    Map<String, String> env = new HashMap<>(GoToolchainFixture.environment());
    env.put("PATH", GoToolchainFixture.go().getParent() + ":/usr/bin:/bin");
    BuildHost plain = BuildHosts.local(env);

    assertThatThrownBy(
            () ->
                GoCrossBuild.target("linux/riscv64")
                    .cgo()
                    .moduleDir(module)
                    .on(plain)
                    .listener(events::add)
                    .run())
        .isInstanceOfSatisfying(
            CgoToolchainException.class,
            e -> {
              assertThat(e.target()).isEqualTo(Target.parse("linux/riscv64"));
              assertThat(e.placesLooked())
                  .contains(
                      "riscv64-linux-gnu-gcc: not on PATH ("
                          + GoToolchainFixture.go().getParent()
                          + ":/usr/bin:/bin)");
              assertThat(e.fix())
                  .startsWith(
                      "sudo apt-get install gcc-riscv64-linux-gnu libc6-dev-riscv64-cross"
                          + " (Debian/Ubuntu); or install zig");
              assertThat(e.getMessage())
                  .startsWith(
                      "cgo build for linux/riscv64: no C compiler for the target was found");
            });
    assertThat(events).noneMatch(e -> e instanceof BuildEvent.Started);
    assertThat(module.resolve("bin/cgoapp-linux-riscv64")).doesNotExist();
  }

  @Test
  void shouldFailBeforeGoBuildWhenTheGivenCompilerLinksForAnotherArchitecture() {
    assertThatThrownBy(() -> build("linux/arm64").cgo().cc(Path.of("/usr/bin/gcc")).run())
        .isInstanceOfSatisfying(
            CgoToolchainException.class,
            e ->
                assertThat(e.placesLooked())
                    .containsExactly(
                        "CC=/usr/bin/gcc (set by cc(/usr/bin/gcc)): it links amd64 programs, not"
                            + " arm64 ones"));
    assertThat(events).noneMatch(e -> e instanceof BuildEvent.Started);
  }

  @Test
  void shouldRefuseAnArtifactNeedingANewerGlibcAndLeaveNothing() {
    assertThatThrownBy(() -> build("linux/arm64").cgo().glibcAtMost("2.17").run())
        .isInstanceOfSatisfying(
            VerificationException.class,
            e -> {
              String needed = e.binary().requiredGlibc().orElseThrow();
              assertThat(needed).startsWith("2.");
              assertThat(e.problems())
                  .singleElement()
                  .satisfies(
                      p -> {
                        assertThat(p.property()).isEqualTo("glibc");
                        assertThat(p.expected()).isEqualTo("at most GLIBC_2.17 (glibcAtMost)");
                        assertThat(p.actual()).startsWith("needs GLIBC_" + needed + " (");
                      });
              assertThat(e.getMessage()).contains("GLIBC_" + needed);
            });
    assertThat(module.resolve("bin/cgoapp-linux-arm64")).doesNotExist();
    try (var files = Files.list(module.resolve("bin"))) {
      assertThat(files).isEmpty();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
