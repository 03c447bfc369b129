package io.github.gocrossbuild.internal.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.BuildPool;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.DebugException;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoToolchainFixture;
import io.github.gocrossbuild.MatrixBuildException;
import io.github.gocrossbuild.NoSuitableHostException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.spi.BuildHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routing, placement and failover of a pool, with real go builds on this machine. */
class PoolPlacementTest {
  private static final Target AMD64 = Target.parse("linux/amd64");
  private static final List<Target> FOUR =
      List.of(
          Target.parse("linux/amd64"),
          Target.parse("linux/arm64"),
          Target.parse("linux/riscv64"),
          Target.parse("windows/amd64"));

  @TempDir Path tmp;
  private Path module;
  private BuildHost local;
  private final List<BuildEvent> events = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() {
    GoToolchainFixture.go();
    module = GoToolchainFixture.copyModule("app", tmp);
    local = BuildHosts.local(GoToolchainFixture.environment());
  }

  private List<BuildResult> runAll(BuildPool pool, List<Target> targets) {
    return GoCrossBuild.targets(targets.toArray(Target[]::new))
        .noCgo()
        .moduleDir(module)
        .on(pool)
        .listener(events::add)
        .runAll();
  }

  private <T extends BuildEvent> List<T> events(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
  }

  @Test
  void shouldSpreadTargetsOverHostsByBuildsInFlight() {
    TestHost a = new TestHost(local, "a", 1, Target.current(), 99);
    TestHost b = new TestHost(local, "b", 1, Target.current(), 99);

    List<BuildResult> results = runAll(BuildHosts.pool(a, b), FOUR);

    assertThat(results).extracting(BuildResult::target).containsExactlyElementsOf(FOUR);
    assertThat(results).extracting(BuildResult::host).contains("a", "b");
    assertThat(results.get(0).hostDescription())
        .isEqualTo(results.get(0).host() + " (" + Target.current().orElseThrow() + ")");
    assertThat(events(BuildEvent.Started.class))
        .extracting(BuildEvent.Started::host)
        .containsOnly("a", "b")
        .hasSize(4);
    // The first two are placed before any build has finished: only the builds in flight count.
    assertThat(events(BuildEvent.Routed.class).subList(0, 2))
        .extracting(BuildEvent.Routed::reason)
        .containsOnly("fewest builds in flight, 0 of 1 slots busy among 2 suitable host(s)");
    assertThat(a.builds.get() + b.builds.get()).isEqualTo(4);
  }

  @Test
  void shouldRefuseACgoTargetNoHostCanBuildBeforeBuildingAnything() {
    TestHost a = new TestHost(local, "a", 1, Optional.of(AMD64), 99);
    TestHost b = new TestHost(local, "b", 1, Optional.empty(), 99);

    assertThatThrownBy(
            () ->
                GoCrossBuild.targets(AMD64, Target.parse("linux/arm64"))
                    .cgo()
                    .moduleDir(module)
                    .on(BuildHosts.pool(a, b))
                    .listener(events::add)
                    .runAll())
        .isInstanceOfSatisfying(
            NoSuitableHostException.class,
            e -> {
              assertThat(e.target()).isEqualTo(Target.parse("linux/arm64"));
              assertThat(e.getMessage())
                  .isEqualTo(
                      "No host in the pool can build linux/arm64:\n"
                          + "  a (linux/amd64) lacks a C compiler for linux/arm64 (cgo needs a"
                          + " linux/arm64 host or a cross compiler; it is linux/amd64)\n"
                          + "  b lacks a C compiler for linux/arm64 (cgo needs a linux/arm64"
                          + " host or a cross compiler; its platform is unknown)");
            });
    assertThat(events).isEmpty();
    assertThat(a.builds.get() + b.builds.get()).isZero();
  }

  @Test
  void shouldSendACgoTargetOnlyToAHostOfItsPlatform() {
    TestHost other = new TestHost(local, "arm", 2, Optional.of(Target.parse("linux/arm64")), 99);
    TestHost own = new TestHost(local, "own", 2, Target.current(), 99);
    Target here = Target.current().orElseThrow();

    List<BuildResult> results =
        GoCrossBuild.targets(here)
            .cgo()
            .moduleDir(module)
            .on(BuildHosts.pool(other, own))
            .listener(events::add)
            .runAll();

    assertThat(results.get(0).host()).isEqualTo("own");
    assertThat(events(BuildEvent.Routed.class).get(0).reason())
        .startsWith("needs a host that can build or run " + here + "; fewest builds in flight");
    assertThat(other.builds.get()).isZero();
  }

  @Test
  void shouldMoveTheTargetsOfAHostThatLosesItsLinkAndKeepItDown() throws Exception {
    TestHost dying = new TestHost(local, "dying", 2, Target.current(), 0);
    TestHost healthy = new TestHost(local, "healthy", 2, Target.current(), 99);

    List<BuildResult> results = runAll(BuildHosts.pool(dying, healthy), FOUR);

    assertThat(results).extracting(BuildResult::host).containsOnly("healthy");
    List<BuildEvent.Failover> moves = events(BuildEvent.Failover.class);
    assertThat(moves).isNotEmpty();
    assertThat(moves)
        .allSatisfy(
            m -> {
              assertThat(m.from()).isEqualTo("dying");
              assertThat(m.to()).isEqualTo("healthy");
              assertThat(m.reason()).isEqualTo("connection to dying lost during build");
            });
    // Down for the rest of the run: it is tried at most once per slot, by builds already there.
    assertThat(dying.builds.get()).isEqualTo(moves.size()).isLessThanOrEqualTo(2);
    try (var files = Files.list(module.resolve("bin"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "app-linux-amd64", "app-linux-arm64", "app-linux-riscv64", "app-windows-amd64.exe");
    }
  }

  @Test
  void shouldNotRetryACompileError() throws Exception {
    Files.writeString(module.resolve("main.go"), "package main\n\nfunc main() { nope() }\n");
    TestHost a = new TestHost(local, "a", 1, Target.current(), 99);
    TestHost b = new TestHost(local, "b", 1, Target.current(), 99);

    assertThatThrownBy(() -> runAll(BuildHosts.pool(a, b), List.of(AMD64)))
        .isInstanceOf(MatrixBuildException.class);
    assertThat(events(BuildEvent.Started.class)).hasSize(1);
    assertThat(events(BuildEvent.Failover.class)).isEmpty();
  }

  @Test
  void shouldRefuseToDebugOnAPoolNamingIt() {
    TestHost a = new TestHost(local, "a", 1, Target.current(), 99);
    TestHost b = new TestHost(local, "b", 1, Target.current(), 99);

    assertThatThrownBy(
            () ->
                GoCrossBuild.target(Target.current().orElseThrow())
                    .noCgo()
                    .moduleDir(module)
                    .on(BuildHosts.pool(a, b))
                    .debug())
        .isInstanceOf(DebugException.class)
        .hasMessage("pool(a, b) cannot run Delve: debug on this machine or on an SSH build host.");
    assertThat(events(BuildEvent.Started.class)).isEmpty();
  }

  @Test
  void shouldRefuseAReproducibilityCheckFromAPool() {
    TestHost a = new TestHost(local, "a", 1, Target.current(), 99);

    assertThatThrownBy(
            () ->
                GoCrossBuild.target(Target.current().orElseThrow())
                    .noCgo()
                    .moduleDir(module)
                    .on(BuildHosts.pool(a))
                    .reproducibleOn(local))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reproducibleOn compares two hosts; give it single hosts, not pools");
  }

  @Test
  void shouldExplainAndWriteConfigsOfAPoolFromThisMachine() {
    TestHost a = new TestHost(local, "a", 1, Target.current(), 99);
    BuildPool pool = BuildHosts.pool(a);

    String tasks =
        GoCrossBuild.target("linux/arm64").noCgo().moduleDir(module).on(pool).configs().tasksJson();
    String explained =
        GoCrossBuild.target("linux/arm64")
            .noCgo()
            .moduleDir(module)
            .on(pool)
            .explainEnv()
            .explain("GOARCH")
            .value()
            .orElseThrow();

    assertThat(tasks).contains("\"label\": \"go build linux/arm64\"").doesNotContain("attach");
    assertThat(explained).isEqualTo("arm64");
    assertThat(pool.hosts()).containsExactly(a);
    assertThat(pool.name()).isEqualTo("pool(a)").isEqualTo(pool.toString());
  }

  @Test
  void shouldRefuseAnEmptyPool() {
    assertThatThrownBy(() -> BuildHosts.pool())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hosts: a pool needs at least one host");
  }
}
