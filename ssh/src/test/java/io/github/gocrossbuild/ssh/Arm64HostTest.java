package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.spi.BuildHost;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of {@link SshBuildHost} on a native ARM64 host ({@link Arm64Root}: a Debian arm64 userland
 * under qemu-user, reached through a real sshd), as a Graviton, Ampere or Raspberry Pi server would
 * be.
 */
class Arm64HostTest {
  @RegisterExtension static final ConnectedSshd arm64 = ConnectedSshd.arm64();
  private static final Target ARM64 = Target.parse("linux/arm64");

  @Test
  void shouldProbeTheHostAsLinuxArm64WithItsOwnGoGlibcAndCompiler() {
    HostProbe probe = arm64.host().probe();

    assertThat(probe.uname()).isEqualTo("Linux aarch64");
    assertThat(probe.target()).contains(Target.parse("linux/arm64"));
    assertThat(probe.goCommand()).contains(Arm64Root.GO_BIN + "/go");
    assertThat(probe.goFoundBy()).contains("PATH");
    assertThat(probe.goEnv()).containsEntry("GOHOSTARCH", "arm64").containsEntry("GOARCH", "arm64");
    assertThat(probe.goEnv()).containsEntry("GOCACHE", Arm64Root.GOCACHE);
    assertThat(probe.libc()).contains("glibc 2.36");
    assertThat(probe.cCompiler()).contains("/usr/bin/gcc");
    assertThat(probe.findings()).isEmpty();
  }

  @Test
  void shouldBuildNativelyProveArm64AndSmokeRunOnTheHost(@TempDir Path tmp) {
    Path module = TestModules.copyHello(tmp);
    List<BuildEvent> events = new CopyOnWriteArrayList<>();

    BuildResult r = smokeTested(module, tmp, events).noCgo().on(arm64.host()).run();

    BuildEvent.Started started =
        events.stream()
            .filter(BuildEvent.Started.class::isInstance)
            .map(BuildEvent.Started.class::cast)
            .findFirst()
            .orElseThrow();
    // The variables set are the host toolchain's own defaults: nothing cross about this build.
    assertThat(started.variables())
        .containsEntry("GOOS", r.toolchain().goEnv().get("GOHOSTOS"))
        .containsEntry("GOARCH", r.toolchain().goEnv().get("GOHOSTARCH"))
        .containsEntry("CGO_ENABLED", "0")
        .doesNotContainKeys("CC", "CGO_CFLAGS", "CGO_LDFLAGS");
    assertThat(r.hostPlatform()).contains(ARM64);
    assertThat(r.toolchain().hostTarget()).contains(ARM64);
    assertThat(r.binary().goos()).contains(GoOs.LINUX);
    assertThat(r.binary().goarch()).contains(GoArch.ARM64);
    assertThat(r.binary().isStaticallyLinked()).isTrue();
    assertThat(r.smokeTest().orElseThrow().runner()).isEqualTo("ssh " + arm64.host().name());
    assertThat(r.smokeTest().orElseThrow().output()).isEqualTo("hello ssh\nv=dev");
  }

  @Test
  void shouldBuildNativeCgoWithTheHostsOwnGccAndLinkTheCPart(@TempDir Path tmp) {
    Path module = TestModules.copyArmCgo(tmp);

    BuildResult r = smokeTested(module, tmp, new ArrayList<>()).cgo().on(arm64.host()).run();

    assertThat(r.cgo().compiler()).contains("/usr/bin/gcc");
    assertThat(r.environment().explain("CC").value()).contains("/usr/bin/gcc");
    assertThat(r.binary().setting("CGO_ENABLED")).contains("1");
    assertThat(r.binary().interpreter()).contains("/lib/ld-linux-aarch64.so.1");
    assertThat(r.binary().neededLibraries()).contains("libc.so.6");
    assertThat(r.smokeTest().orElseThrow().output()).isEqualTo("armcgo: aarch64 C says 42");
  }

  @Test
  void shouldSendToTheArm64HostWhatOnlyItCanBuildInAPoolWithThisMachine(@TempDir Path tmp) {
    Path module = TestModules.copyArmCgo(tmp);
    // This machine as a laptop without an ARM64 C cross compiler: Go on PATH, nothing else.
    BuildHost laptop =
        BuildHosts.local(Map.of("PATH", Sshd.GO.getParent().toString(), "HOME", tmp.toString()));
    List<BuildEvent> events = new CopyOnWriteArrayList<>();

    BuildResult r =
        smokeTested(module, tmp, events).cgo().on(BuildHosts.pool(laptop, arm64.host())).run();

    assertThat(r.host()).isEqualTo(arm64.host().name());
    assertThat(events)
        .filteredOn(BuildEvent.Routed.class::isInstance)
        .singleElement()
        .satisfies(
            e ->
                assertThat(((BuildEvent.Routed) e).reason())
                    .startsWith("needs a host that can build or run linux/arm64; "));
    assertThat(r.cgo().compiler()).contains("/usr/bin/gcc");
    assertThat(r.smokeTest().orElseThrow().output()).isEqualTo("armcgo: aarch64 C says 42");
    assertThat(r.smokeTest().orElseThrow().runner()).isEqualTo("ssh " + arm64.host().name());
  }

  /** A linux/arm64 build of a module into {@code tmp/out}, smoke-tested, its events recorded. */
  private static GoCrossBuilder smokeTested(Path module, Path tmp, List<BuildEvent> events) {
    return GoCrossBuild.target(ARM64)
        .moduleDir(module)
        .outputDir(tmp.resolve("out"))
        .listener(events::add)
        .smokeTest();
  }
}
