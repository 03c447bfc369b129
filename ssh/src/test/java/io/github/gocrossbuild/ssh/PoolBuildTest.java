package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.NoSuitableHostException;
import io.github.gocrossbuild.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pool of this machine and two real sshd on 127.0.0.1 (two ports, two host keys). */
class PoolBuildTest {
  static final List<Target> SIX =
      Stream.of(
              "linux/amd64",
              "linux/arm64",
              "linux/arm/v7",
              "linux/riscv64",
              "windows/amd64",
              "darwin/arm64")
          .map(Target::parse)
          .collect(Collectors.toList());

  @TempDir static Path shared;
  static Sshd first;
  static Sshd second;
  static SshBuildHost one;
  static SshBuildHost two;

  @BeforeAll
  static void start() {
    Sshd.requireTool(Sshd.GO, "golang-1.23-go");
    first = Sshd.start(shared.resolve("sshd-1"));
    second = Sshd.start(shared.resolve("sshd-2"));
    one = SshBuildHost.connect(first.hostBuilder().build());
    two = SshBuildHost.connect(second.hostBuilder().build());
  }

  @AfterAll
  static void stop() {
    for (AutoCloseable c : new AutoCloseable[] {one, two, first, second}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception ignored) {
        // best effort
      }
    }
  }

  static GoCrossBuilder six(Path module, Path out, List<BuildEvent> events) {
    return GoCrossBuild.targets(SIX.toArray(Target[]::new))
        .noCgo()
        .moduleDir(module)
        .outputDir(out)
        .goCommand(Sshd.GO)
        .listener(events::add);
  }

  static <T extends BuildEvent> List<T> events(List<BuildEvent> all, Class<T> type) {
    return all.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
  }

  static void assertAllProvedAndNothingElse(List<BuildResult> results, Path out) throws Exception {
    assertThat(results).extracting(BuildResult::target).containsExactlyElementsOf(SIX);
    for (BuildResult r : results) {
      assertThat(r.binary().goos()).contains(r.target().goos());
      assertThat(r.binary().goarch()).contains(r.target().goarch());
      assertThat(r.artifact()).isRegularFile();
    }
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "sshhello-linux-amd64",
              "sshhello-linux-arm64",
              "sshhello-linux-arm-v7",
              "sshhello-linux-riscv64",
              "sshhello-windows-amd64.exe",
              "sshhello-darwin-arm64");
    }
  }

  @Test
  void shouldBuildASixTargetMatrixOnMoreThanOneHost(@TempDir Path tmp) throws Exception {
    Path module = TestModules.copyHello(tmp);
    List<BuildEvent> events = new CopyOnWriteArrayList<>();

    List<BuildResult> results =
        six(module, tmp.resolve("out"), events)
            .on(BuildHosts.pool(BuildHosts.local(), one, two))
            .runAll();

    assertAllProvedAndNothingElse(results, tmp.resolve("out"));
    Set<String> hosts =
        events(events, BuildEvent.Started.class).stream()
            .map(BuildEvent.Started::host)
            .collect(Collectors.toSet());
    assertThat(hosts).hasSizeGreaterThan(1).isSubsetOf("local", one.name(), two.name());
    assertThat(events(events, BuildEvent.Routed.class)).hasSize(6);
    assertThat(results)
        .extracting(BuildResult::hostDescription)
        .allMatch(d -> d.endsWith("(" + Target.current().orElseThrow() + ")"));
  }

  @Test
  void shouldFinishEveryTargetWhenAHostDiesMidMatrix(@TempDir Path tmp) throws Exception {
    Path module = TestModules.copyHello(tmp);
    // Only the doomed host rebuilds everything (-a), so it is surely mid-build when it dies.
    Sshd doomed = Sshd.start(tmp.resolve("sshd-doomed"), "SetEnv GOFLAGS=-a");
    List<BuildEvent> events = new CopyOnWriteArrayList<>();
    AtomicBoolean killing = new AtomicBoolean();
    try (SshBuildHost dying = SshBuildHost.connect(doomed.hostBuilder().build())) {
      List<BuildResult> results =
          six(module, tmp.resolve("out"), events)
              .listener(
                  e -> {
                    events.add(e);
                    if (e instanceof BuildEvent.Started s
                        && s.host().equals(dying.name())
                        && killing.compareAndSet(false, true)) {
                      new Thread(
                              () -> {
                                sleep(500);
                                doomed.kill();
                              })
                          .start();
                    }
                  })
              .on(BuildHosts.pool(dying, BuildHosts.local(), one))
              .runAll();

      assertAllProvedAndNothingElse(results, tmp.resolve("out"));
      List<BuildEvent.Failover> moves = events(events, BuildEvent.Failover.class);
      assertThat(moves).isNotEmpty();
      assertThat(moves)
          .allSatisfy(
              m -> {
                assertThat(m.from()).isEqualTo(dying.name());
                assertThat(m.to()).isIn("local", one.name());
                assertThat(m.reason())
                    .startsWith("Connection to 127.0.0.1:" + doomed.port() + " was lost during");
              });
      Set<Target> moved = moves.stream().map(BuildEvent::target).collect(Collectors.toSet());
      assertThat(results)
          .filteredOn(r -> moved.contains(r.target()))
          .extracting(BuildResult::host)
          .doesNotContain(dying.name());
    } finally {
      doomed.close();
    }
  }

  @Test
  void shouldRefuseATargetNoHostCanBuildBeforeAnyBuild(@TempDir Path tmp) {
    Path module = TestModules.copyHello(tmp);
    List<BuildEvent> events = new CopyOnWriteArrayList<>();
    String here = Target.current().orElseThrow().toString();
    String lack =
        " lacks a C compiler for linux/riscv64 (cgo needs a linux/riscv64 host or a cross"
            + " compiler; it is "
            + here
            + ")";

    assertThatThrownBy(
            () ->
                GoCrossBuild.targets(Target.parse("linux/amd64"), Target.parse("linux/riscv64"))
                    .cgo()
                    .moduleDir(module)
                    .outputDir(tmp.resolve("out"))
                    .listener(events::add)
                    .on(BuildHosts.pool(BuildHosts.local(), one, two))
                    .runAll())
        .isInstanceOf(NoSuitableHostException.class)
        .hasMessage(
            "No host in the pool can build linux/riscv64:\n"
                + "  local ("
                + here
                + ")"
                + lack
                + "\n  "
                + one.name()
                + " ("
                + here
                + ")"
                + lack
                + "\n  "
                + two.name()
                + " ("
                + here
                + ")"
                + lack);
    assertThat(events).isEmpty();
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
