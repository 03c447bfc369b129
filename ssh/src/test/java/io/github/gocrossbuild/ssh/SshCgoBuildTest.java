package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.CgoToolchainException;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.EnvLayer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Tests of native cgo builds on an SSH host (the real test sshd) through {@link SshBuildHost}. */
class SshCgoBuildTest {
  @RegisterExtension static final ConnectedSshd server = new ConnectedSshd();

  @BeforeAll
  static void requireGcc() {
    Sshd.requireTool(Path.of("/usr/bin/gcc"), "gcc");
  }

  @Test
  void shouldBuildNativeCgoWithTheHostsCompilerCheckedOnTheHost(@TempDir Path tmp) {
    Path module = TestModules.copyCgo(tmp);
    Target here = server.host().platform().orElseThrow();
    String cc = server.host().probe().cCompiler().orElseThrow();

    BuildResult r =
        GoCrossBuild.target(here).cgo().moduleDir(module).on(server.host()).smokeTest().run();

    assertThat(r.cgo().compiler()).contains(cc);
    assertThat(r.cgo().reason())
        .isEqualTo(
            "set by cgo(); "
                + cc
                + " found on SSH host "
                + server.host().name()
                + " and checked there");
    assertThat(r.environment().explain("CC").value()).contains(cc);
    assertThat(r.environment().explain("CC").layer()).contains(EnvLayer.BUILDER_CGO);
    assertThat(r.binary().setting("CGO_ENABLED")).contains("1");
    assertThat(r.binary().isDynamicallyLinked()).isTrue();
    assertThat(r.smokeTest().orElseThrow().output()).contains("sshcgo: C says 42");
  }

  @Test
  void shouldRefuseCrossCgoOnAHostOfAnotherPlatformBeforeGoBuild(@TempDir Path tmp) {
    Path module = TestModules.copyCgo(tmp);
    Target here = server.host().platform().orElseThrow();
    Target other =
        Target.parse(here.goarch().goName().equals("arm64") ? "linux/amd64" : "linux/arm64");
    List<BuildEvent> events = new CopyOnWriteArrayList<>();

    assertThatThrownBy(
            () ->
                GoCrossBuild.target(other)
                    .cgo()
                    .moduleDir(module)
                    .on(server.host())
                    .listener(events::add)
                    .run())
        .isInstanceOfSatisfying(
            CgoToolchainException.class,
            e ->
                assertThat(e.getMessage())
                    .startsWith(
                        "cgo build for "
                            + other
                            + ": SSH host "
                            + server.host().name()
                            + " is "
                            + here
                            + ": a cgo build on an SSH host uses the host's own C compiler"));
    assertThat(events).noneMatch(e -> e instanceof BuildEvent.Started);
  }
}
