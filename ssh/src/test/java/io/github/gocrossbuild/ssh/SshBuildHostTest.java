package io.github.gocrossbuild.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildFailedException;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.BuildTimeoutException;
import io.github.gocrossbuild.GoArch;
import io.github.gocrossbuild.GoCrossBuild;
import io.github.gocrossbuild.GoCrossBuilder;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.SmokeTestFailedException;
import io.github.gocrossbuild.SmokeTestResult;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.ToolchainNotFoundException;
import io.github.gocrossbuild.internal.Sha256;
import io.github.gocrossbuild.ssh.internal.NativeRun;
import io.github.gocrossbuild.testing.RealTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link SshBuildHost}, against a real OpenSSH server and a real Go toolchain. */
class SshBuildHostTest {
  @RegisterExtension static final ConnectedSshd server = new ConnectedSshd();

  private static GoCrossBuilder arm64(Path module, Path out) {
    return GoCrossBuild.target(GoOs.LINUX, GoArch.ARM64).noCgo().moduleDir(module).outputDir(out);
  }

  @Test
  void shouldMatchALocalBuildOfAGitCheckoutOnlyWithoutTheVcsStamp(@TempDir Path tmp)
      throws Exception {
    Path git = Path.of("/usr/bin/git");
    Sshd.requireTool(git, "git");
    Path module = TestModules.copyHello(tmp);
    for (List<String> args :
        List.of(
            List.of("init", "-q"),
            List.of("add", "."),
            List.of(
                "-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-qm", "m"))) {
      List<String> argv = new ArrayList<>(List.of(git.toString(), "-C", module.toString()));
      argv.addAll(args);
      assertThat(new ProcessBuilder(argv).inheritIO().start().waitFor()).isZero();
    }

    BuildResult remote =
        arm64(module, tmp.resolve("remote")).buildvcs(false).on(server.host()).run();
    // The host is this machine: build locally with the go it found.
    Path go = Path.of(remote.toolchain().goCommand());
    BuildResult plain = arm64(module, tmp.resolve("plain")).buildvcs(false).goCommand(go).run();
    BuildResult stamped = arm64(module, tmp.resolve("stamped")).goCommand(go).run();

    // The synced copy has no .git, so only the unstamped local build has the remote's bytes.
    assertThat(remote.command()).contains("-buildvcs=false");
    assertThat(stamped.binary().setting("vcs")).contains("git");
    assertThat(Sha256.of(remote.artifact()))
        .isEqualTo(Sha256.of(plain.artifact()))
        .isNotEqualTo(Sha256.of(stamped.artifact()));
  }

  @Test
  void shouldBuildLinuxArm64IdenticalToTheSameLocalBuild(@TempDir Path tmp) throws Exception {
    Path module = TestModules.copyHello(tmp);
    List<BuildEvent> events = new CopyOnWriteArrayList<>();

    BuildResult remote =
        arm64(module, tmp.resolve("remote")).on(server.host()).listener(events::add).run();
    // The host is this machine: build locally with the go it found.
    Path go = Path.of(remote.toolchain().goCommand());
    BuildResult local = arm64(module, tmp.resolve("local")).goCommand(go).run();

    assertThat(remote.artifact()).isEqualTo(tmp.resolve("remote/sshhello-linux-arm64"));
    assertThat(remote.host())
        .isEqualTo(System.getProperty("user.name") + "@127.0.0.1:" + server.sshd().port());
    assertThat(remote.command()).contains("-trimpath", "-ldflags=-s -w", ".");
    assertThat(Sha256.of(remote.artifact())).isEqualTo(Sha256.of(local.artifact()));
    assertThat(Files.isExecutable(remote.artifact())).isTrue();
    long size = Files.size(remote.artifact());
    assertThat(events)
        .filteredOn(
            e ->
                e instanceof BuildEvent.Transfer t
                    && t.what().startsWith("download ")
                    && t.bytes() == size)
        .hasSize(1);
    try (Stream<Path> left = Files.list(tmp.resolve("remote"))) {
      assertThat(left).containsExactly(remote.artifact());
    }
  }

  @Test
  void shouldFindGoOnTheHostWhenGoFlagsAskForCommandTracing(@TempDir Path tmp) throws Exception {
    // GOFLAGS=-x makes `go env -json` print WORK=... on standard error beside its JSON.
    Path module = TestModules.copyHello(tmp);

    BuildResult r = arm64(module, tmp.resolve("out")).env("GOFLAGS", "-x").on(server.host()).run();

    assertThat(r.binary().goarch()).contains(GoArch.ARM64);
    assertThat(r.toolchain().goEnv()).containsEntry("GOFLAGS", "-x");
  }

  @Test
  void shouldRebuildIntoTheSameOutputDirectory(@TempDir Path tmp) throws Exception {
    Path module = TestModules.copyHello(tmp);
    BuildResult first = arm64(module, tmp.resolve("out")).on(server.host()).run();
    String firstSha = Sha256.of(first.artifact());

    BuildResult again =
        arm64(module, tmp.resolve("out")).ldflags("-X", "main.v=again").on(server.host()).run();

    assertThat(again.artifact()).isEqualTo(first.artifact());
    assertThat(Sha256.of(again.artifact())).isNotEqualTo(firstSha);
    assertThat(new String(Files.readAllBytes(again.artifact()), StandardCharsets.ISO_8859_1))
        .contains("again");
    try (Stream<Path> left = Files.list(tmp.resolve("out"))) {
      assertThat(left).containsExactly(again.artifact());
    }
  }

  @Test
  void shouldSendOnlyChangedFilesAndPropagateDeletions(@TempDir Path tmp) throws Exception {
    Path module = TestModules.copyHello(tmp);
    Files.createDirectories(module.resolve(".git"));
    Files.writeString(module.resolve(".git/config"), "[core]\n");
    Files.createDirectories(module.resolve("bin"));
    Files.writeString(module.resolve("bin/old-artifact"), "junk");
    Files.writeString(module.resolve("notes.txt"), "temporary");
    long total =
        Files.size(module.resolve("go.mod"))
            + Files.size(module.resolve("main.go"))
            + Files.size(module.resolve("internal/greet/greet.go"))
            + Files.size(module.resolve("notes.txt"));

    SyncReport first = server.host().sync(module);
    assertThat(first.filesSent()).isEqualTo(5); // bin/ is only excluded as a build's output dir
    Files.delete(module.resolve("bin/old-artifact"));
    Files.delete(module.resolve("bin"));
    SyncReport second = server.host().sync(module);
    Path remoteSrc = Path.of(second.remoteDir());
    assertThat(second.filesSent()).isZero();
    assertThat(second.filesDeleted()).isEqualTo(1);
    assertThat(remoteSrc.resolve("bin")).doesNotExist();
    assertThat(remoteSrc.resolve(".git")).doesNotExist();
    assertThat(first.bytesSent()).isEqualTo(total + "junk".length());

    SyncReport unchanged = server.host().sync(module);
    assertThat(unchanged.filesSent()).isZero();
    assertThat(unchanged.bytesSent()).isZero();
    assertThat(unchanged.filesDeleted()).isZero();

    Files.writeString(module.resolve("main.go"), "\n// touched\n", StandardOpenOption.APPEND);
    Files.delete(module.resolve("notes.txt"));
    SyncReport changed = server.host().sync(module);
    assertThat(changed.filesSent()).isEqualTo(1);
    assertThat(changed.bytesSent()).isEqualTo(Files.size(module.resolve("main.go")));
    assertThat(changed.filesDeleted()).isEqualTo(1);
    assertThat(remoteSrc.resolve("notes.txt")).doesNotExist();
    assertThat(remoteSrc.resolve("main.go")).hasSameTextualContentAs(module.resolve("main.go"));

    List<BuildEvent> events = new CopyOnWriteArrayList<>();
    arm64(module, module.resolve("bin")).on(server.host()).listener(events::add).run();
    assertThat(events)
        .filteredOn(e -> e instanceof BuildEvent.Transfer t && t.what().startsWith("upload "))
        .isEmpty();
    assertThat(server.host().lastSync().orElseThrow().bytesSent()).isZero();
  }

  @Test
  void shouldPassHostileStringsLiterally(@TempDir Path tmp) throws Exception {
    Path pwned = Path.of("/tmp/gcb-pwned-" + System.nanoTime());
    String hostile =
        "$(touch "
            + pwned
            + ") `touch "
            + pwned
            + "`; touch "
            + pwned
            + " && echo 'it''s' | sh\nline two $HOME \\ *";
    Path module = TestModules.copyHello(tmp);
    String oddName = "odd $(touch gcb-pwned) `x`; 'q' \"d\"\nname.txt";
    Files.writeString(module.resolve(oddName), "data");
    Target self = server.host().platform().orElseThrow();

    BuildResult viaLdflags =
        GoCrossBuild.target(self)
            .noCgo()
            .moduleDir(module)
            .outputDir(tmp.resolve("a"))
            .ldflags("-X", "main.v=" + hostile)
            .env("GCB_HOSTILE", hostile)
            .on(server.host())
            .run();
    RemoteRun run =
        server
            .host()
            .run(
                viaLdflags.artifact(),
                List.of(hostile, "; touch " + pwned),
                Duration.ofSeconds(30));

    String goflagsValue = "$(touch${IFS}" + pwned + ");`touch${IFS}" + pwned + "`;'\"";
    BuildResult viaEnv =
        GoCrossBuild.target(self)
            .noCgo()
            .moduleDir(module)
            .outputDir(tmp.resolve("b"))
            .strip(false)
            .env("GOFLAGS", "-ldflags=-X=main.v=" + goflagsValue)
            .on(server.host())
            .run();
    RemoteRun run2 = server.host().run(viaEnv.artifact(), List.of(), Duration.ofSeconds(30));

    assertThat(run.exitCode()).isZero();
    assertThat(run.output()).isEqualTo("hello ssh\nv=" + hostile);
    assertThat(run2.output()).isEqualTo("hello ssh\nv=" + goflagsValue);
    assertThat(Path.of(server.host().lastSync().orElseThrow().remoteDir()).resolve(oddName))
        .hasContent("data");
    assertThat(pwned).doesNotExist();
  }

  @Test
  void shouldRunEightConcurrentBuildsOverOneConnection(@TempDir Path tmp) throws Exception {
    Path module = TestModules.copyHello(tmp);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<BuildResult>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        int n = i;
        futures.add(
            pool.submit(
                () ->
                    arm64(module, tmp.resolve("out" + n))
                        .ldflags("-X", "main.v=concurrent-" + n)
                        .on(server.host())
                        .run()));
      }
      for (int i = 0; i < 8; i++) {
        BuildResult r = futures.get(i).get();
        assertThat(r.artifact()).isEqualTo(tmp.resolve("out" + i + "/sshhello-linux-arm64"));
        String bytes = new String(Files.readAllBytes(r.artifact()), StandardCharsets.ISO_8859_1);
        assertThat(bytes).contains("concurrent-" + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void shouldReportCompileErrorsFromTheHost(@TempDir Path tmp) throws Exception {
    Path module = TestModules.copyHello(tmp);
    Files.writeString(
        module.resolve("main.go"), "package main\n\nfunc main() { undefinedCall() }\n");

    assertThatThrownBy(() -> arm64(module, tmp.resolve("out")).on(server.host()).run())
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(1);
              assertThat(e.output()).contains("./main.go:3:15: undefined: undefinedCall");
            });
    assertThat(tmp.resolve("out")).isEmptyDirectory();
  }

  @Test
  void shouldKillTheRemoteBuildOnTimeoutAndLeaveNoArtifact(@TempDir Path tmp) throws Exception {
    Path module = TestModules.copyHello(tmp);

    assertThatThrownBy(
            () ->
                arm64(module, tmp.resolve("out"))
                    .env("GOFLAGS", "-a")
                    .timeout(Duration.ofSeconds(2))
                    .on(server.host())
                    .run())
        .isInstanceOf(BuildTimeoutException.class);

    assertThat(tmp.resolve("out")).isEmptyDirectory();
    String ws = server.host().lastSync().orElseThrow().remoteDir();
    Thread.sleep(2500);
    assertThat(
            ProcessHandle.allProcesses()
                .filter(
                    p -> p.info().commandLine().orElse("").contains(ws.replace("/src", "/tmp"))))
        .isEmpty();
  }

  @Test
  void shouldListPlacesLookedWhenGoIsMissing(@TempDir Path tmp) {
    Path module = TestModules.copyHello(tmp);

    assertThatThrownBy(
            () ->
                arm64(module, tmp.resolve("out"))
                    .goCommand(Path.of("/nonexistent dir/go"))
                    .on(server.host())
                    .run())
        .isInstanceOfSatisfying(
            ToolchainNotFoundException.class,
            e ->
                assertThat(e.placesLooked())
                    .containsExactly("goCommand(...) /nonexistent dir/go" + " (missing)"));
  }

  @Test
  void shouldProbeThePlatformAndToolchain() throws IOException {
    HostProbe probe = server.host().probe();

    // The host is this machine: what it finds is checked against the same go asked here, and
    // against the documented rule (the newest /usr/lib/go-1.N wins among Debian's packages).
    Path go = Path.of(probe.goCommand().orElseThrow());
    assertThat(probe.target()).isEqualTo(Target.current());
    assertThat(probe.goVersion()).hasValue(RealTools.goEnv(go, "GOVERSION"));
    assertThat(probe.goFoundBy().orElseThrow()).endsWith(go.getParent().toString());
    assertThat(probe.goOnlyInLoginShell()).isFalse();
    assertThat(probe.goEnv()).containsEntry("GOROOT", RealTools.goEnv(go, "GOROOT"));
    if (probe.goFoundBy().orElseThrow().startsWith("well-known place /usr/lib/go-1.")) {
      assertThat(newestDebianGo()).contains(go);
    }
    assertThat(probe.libc()).hasValueSatisfying(l -> assertThat(l).startsWith("glibc 2."));
    assertThat(probe.meetsVsCodeServerPrerequisites()).isTrue();
  }

  @Test
  void shouldRunAProgramOnTheHostWithItsExitCode(@TempDir Path tmp) throws Exception {
    Path script = tmp.resolve("prog with space.sh");
    Files.writeString(script, "#!/bin/sh\necho \"args: $1|$2\"\nexit 7\n");

    RemoteRun run = server.host().run(script, List.of("a b", "$(c)"), Duration.ofSeconds(20));

    assertThat(run.exitCode()).isEqualTo(7);
    assertThat(run.output()).isEqualTo("args: a b|$(c)");
    assertThat(run.timedOut()).isFalse();
    assertThat(run.succeeded()).isFalse();
  }

  @Test
  void shouldWarnOncePerConnectionWhenHostKeysAreNotVerified(@TempDir Path tmp) {
    Path module = TestModules.copyHello(tmp);
    List<BuildEvent> events = new CopyOnWriteArrayList<>();
    try (SshBuildHost any =
        SshBuildHost.connect(
            server
                .sshd()
                .hostBuilder()
                .knownHosts(tmp.resolve("none"))
                .hostKeyPolicy(HostKeyPolicy.acceptAnyForTestsOnly())
                .build())) {
      arm64(module, tmp.resolve("out")).on(any).listener(events::add).run();
      arm64(module, tmp.resolve("out2")).on(any).listener(events::add).run();
    }

    assertThat(events)
        .filteredOn(e -> e instanceof BuildEvent.Warning)
        .extracting(e -> ((BuildEvent.Warning) e).id())
        .containsExactly("ssh.host-key-not-verified");
    assertThat(tmp.resolve("none")).doesNotExist();
  }

  @Test
  void shouldSmokeTestOnTheHostWhenItsPlatformMatches(@TempDir Path tmp) {
    Path module = TestModules.copyHello(tmp);

    BuildResult r =
        GoCrossBuild.target(Target.current().orElseThrow())
            .noCgo()
            .moduleDir(module)
            .outputDir(tmp.resolve("out"))
            .on(server.host())
            .smokeTest("--version")
            .run();

    SmokeTestResult smoke = r.smokeTest().orElseThrow();
    assertThat(smoke.runner())
        .isEqualTo("ssh " + System.getProperty("user.name") + "@127.0.0.1:" + server.sshd().port());
    assertThat(smoke.ran()).isTrue();
    assertThat(smoke.exitCode()).hasValue(0);
    assertThat(smoke.timedOut()).isFalse();
    assertThat(smoke.output()).isEqualTo("hello ssh\nv=dev");
    assertThat(smoke.command()).hasSize(2).last().isEqualTo("--version");
    assertThat(smoke.command().get(0))
        .matches(
            java.util.regex.Pattern.quote(
                    server.sshd().dir().resolve("remote-cache/run/tmp").toString())
                + "/[0-9a-f-]{36}-"
                + r.artifact().getFileName());
  }

  @Test
  void shouldFailTheSmokeTestWithTheHostsExitCode(@TempDir Path tmp) throws Exception {
    Path module = tmp.resolve("failing");
    Files.createDirectories(module);
    Files.writeString(module.resolve("go.mod"), "module example.com/failing\n\ngo 1.21\n");
    Files.writeString(
        module.resolve("main.go"),
        "package main\n\nimport (\n\t\"fmt\"\n"
            + "\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(\"boom\", os.Args[1])\n\tos.Exit(3)\n}\n");

    assertThatThrownBy(
            () ->
                GoCrossBuild.target(Target.current().orElseThrow())
                    .noCgo()
                    .moduleDir(module)
                    .outputDir(tmp.resolve("out"))
                    .on(server.host())
                    .smokeTest("a b")
                    .run())
        .isInstanceOfSatisfying(
            SmokeTestFailedException.class,
            e -> {
              assertThat(e.result().runner()).isEqualTo("ssh " + server.host().name());
              assertThat(e.result().exitCode()).hasValue(3);
              assertThat(e.result().output()).isEqualTo("boom a b");
            });
  }

  @Test
  void shouldRunOnlyWhatTheHostPlatformRunsNatively() {
    Target armV7 = Target.parse("linux/arm/v7");

    assertThat(NativeRun.canRun(armV7, Target.parse("linux/arm/v6"))).isTrue();
    assertThat(NativeRun.canRun(armV7, Target.of(GoOs.LINUX, GoArch.ARM))).isTrue();
    assertThat(NativeRun.canRun(Target.parse("linux/arm/v6"), armV7)).isFalse();
    assertThat(
            NativeRun.canRun(Target.of(GoOs.LINUX, GoArch.AMD64), Target.parse("linux/amd64/v3")))
        .isFalse();
    assertThat(
            NativeRun.canRun(Target.of(GoOs.LINUX, GoArch.AMD64), Target.parse("linux/amd64/v1")))
        .isTrue();
    assertThat(
            NativeRun.canRun(
                Target.of(GoOs.LINUX, GoArch.AMD64), Target.of(GoOs.LINUX, GoArch.AMD64)))
        .isTrue();
    assertThat(
            NativeRun.canRun(
                Target.of(GoOs.LINUX, GoArch.AMD64), Target.of(GoOs.LINUX, GoArch.ARM64)))
        .isFalse();
    assertThat(
            NativeRun.canRun(
                Target.of(GoOs.LINUX, GoArch.ARM64), Target.of(GoOs.DARWIN, GoArch.ARM64)))
        .isFalse();
  }

  @Test
  void shouldNotSmokeRunATargetTheHostCannotRun(@TempDir Path tmp) {
    Target other =
        Target.current().orElseThrow().goarch() == GoArch.ARM64
            ? Target.of(GoOs.LINUX, GoArch.AMD64)
            : Target.of(GoOs.LINUX, GoArch.ARM64);

    assertThat(
            server
                .host()
                .smokeRun(tmp.resolve("never-read"), other, List.of(), Duration.ofSeconds(5)))
        .isEmpty();
  }

  @Test
  void shouldStopASyncThatOutlivesTheTransferTimeout(@TempDir Path tmp) throws Exception {
    Path module = TestModules.copyHello(tmp);
    byte[] chunk = new byte[1 << 20];
    new java.util.Random(42).nextBytes(chunk);
    try (java.io.OutputStream o = Files.newOutputStream(module.resolve("big.bin"))) {
      for (int i = 0; i < 128; i++) {
        o.write(chunk);
      }
    }

    try (SshBuildHost slow =
        SshBuildHost.connect(
            server.sshd().hostBuilder().transferTimeout(Duration.ofMillis(200)).build())) {
      assertThatThrownBy(() -> arm64(module, tmp.resolve("out")).on(slow).run())
          .isInstanceOfSatisfying(
              SshTransferException.class,
              e -> {
                assertThat(e.step()).isEqualTo("sync");
                assertThat(e.address()).isEqualTo("127.0.0.1:" + server.sshd().port());
                assertThat(e.getMessage())
                    .isEqualTo(
                        "The sync step with 127.0.0.1:"
                            + server.sshd().port()
                            + " did not finish within 200 ms (SshHost.transferTimeout); it was stopped and"
                            + " nothing was written to the artifact path.");
              });
      assertThat(tmp.resolve("out")).isEmptyDirectory();
    }
    // Nothing half-sent is trusted: the next sync sends every file again and removes the
    // partial big.bin, whose local original is gone meanwhile.
    Files.delete(module.resolve("big.bin"));
    SyncReport next = server.host().sync(module);
    assertThat(next.filesSent()).isEqualTo(3);
    assertThat(next.filesDeleted()).isEqualTo(1);
    assertThat(Path.of(next.remoteDir()).resolve("big.bin")).doesNotExist();
  }

  @Test
  void shouldStopADownloadThatOutlivesTheTransferTimeout(@TempDir Path tmp) throws Exception {
    Path module = tmp.resolve("big");
    Files.createDirectories(module);
    Files.writeString(module.resolve("go.mod"), "module example.com/big\n\ngo 1.21\n");
    Files.writeString(
        module.resolve("main.go"),
        "package main\n\nvar big = [96 << 20]byte{1: 1}\n\n" + "func main() { println(big[1]) }\n");
    server.host().sync(module);

    try (SshBuildHost slow =
        SshBuildHost.connect(
            server.sshd().hostBuilder().transferTimeout(Duration.ofMillis(400)).build())) {
      assertThatThrownBy(() -> arm64(module, tmp.resolve("out")).on(slow).run())
          .isInstanceOfSatisfying(
              SshTransferException.class,
              e -> {
                assertThat(e.step()).isEqualTo("download");
                assertThat(e.getMessage())
                    .startsWith(
                        "The download step with 127.0.0.1:"
                            + server.sshd().port()
                            + " did not finish within 400 ms");
              });
    }
    assertThat(tmp.resolve("out")).isEmptyDirectory();
  }

  @Test
  void shouldSendOneJournalLineNotTheWholeRecordAfterAOneFileChange(@TempDir Path tmp)
      throws Exception {
    Path module = TestModules.copyHello(tmp);
    for (int i = 0; i < 1000; i++) {
      Path f = module.resolve("pkg" + (i % 20) + "/file" + i + ".go");
      Files.createDirectories(f.getParent());
      Files.writeString(f, "package pkg" + (i % 20) + "\n\nconst C" + i + " = " + i + "\n");
    }
    server.host().sync(module);
    Files.writeString(module.resolve("pkg3/file3.go"), "// changed\n", StandardOpenOption.APPEND);

    long before = server.host().bytesSent();
    long receivedBefore = server.host().bytesReceived();
    SyncReport r = server.host().sync(module);
    long wire = server.host().bytesSent() - before;
    long received = server.host().bytesReceived() - receivedBefore;

    assertThat(r.filesSent()).isEqualTo(1);
    assertThat(r.bytesSent()).isEqualTo(Files.size(module.resolve("pkg3/file3.go")));
    // The old full-manifest rewrite sent about 100 KB here; a sync now costs a few round trips.
    assertThat(wire).isBetween(1L, 6_000L);
    assertThat(received).isBetween(1L, 6_000L);
    String journal = Files.readString(Path.of(r.remoteDir()).resolveSibling("manifest.journal"));
    assertThat(journal)
        .isEqualTo(
            "[\"+\",\"pkg3/file3.go\",\"?\"]\n"
                + "[\"+\",\"pkg3/file3.go\",\""
                + r.bytesSent()
                + " "
                + Sha256.of(module.resolve("pkg3/file3.go"))
                + "\"]\n");
  }

  @Test
  void shouldFoldTheJournalIntoABaseRecordThatAFreshConnectionReads(@TempDir Path tmp)
      throws Exception {
    Path module = TestModules.copyHello(tmp);
    for (int i = 0; i < 300; i++) {
      Files.writeString(module.resolve("f" + i + ".txt"), "x" + i);
    }

    SyncReport first = server.host().sync(module);
    Path record = Path.of(first.remoteDir()).resolveSibling("manifest.json");
    List<String> lines = Files.readAllLines(record);
    try (SshBuildHost fresh = SshBuildHost.connect(server.sshd().hostBuilder().build())) {
      SyncReport again = fresh.sync(module);

      assertThat(again.filesSent()).isZero();
      assertThat(again.filesDeleted()).isZero();
    }
    assertThat(first.filesSent()).isEqualTo(303);
    assertThat(Path.of(first.remoteDir()).resolveSibling("manifest.journal")).doesNotExist();
    assertThat(lines)
        .hasSize(303)
        .contains("[\"+\",\"f7.txt\",\"2 " + Sha256.of(module.resolve("f7.txt")) + "\"]");
  }

  @Test
  void shouldFailWithConnectionLostWhenSshdDiesMidBuild(@TempDir Path tmp) throws Exception {
    Path module = TestModules.copyHello(tmp);
    Sshd own = Sshd.start(tmp.resolve("sshd"));
    try (SshBuildHost dying = SshBuildHost.connect(own.hostBuilder().build())) {
      GoCrossBuilder builder =
          arm64(module, tmp.resolve("out"))
              .env("GOFLAGS", "-a")
              .on(dying)
              .listener(
                  e -> {
                    if (e instanceof BuildEvent.Started) {
                      Thread killer =
                          new Thread(
                              () -> {
                                sleep(1500);
                                own.kill();
                              });
                      killer.start();
                    }
                  });

      assertThatThrownBy(builder::run)
          .isInstanceOfSatisfying(
              SshConnectionException.class,
              e -> {
                assertThat(e.step()).isEqualTo("build");
                assertThat(e.address()).isEqualTo("127.0.0.1:" + own.port());
                assertThat(e.getMessage())
                    .startsWith("Connection to 127.0.0.1:" + own.port() + " was lost during build");
              });
    } finally {
      own.close();
    }
    assertThat(tmp.resolve("out")).isEmptyDirectory();
  }

  @Test
  void shouldUseTheLoginShellEnvironmentWhenGoIsOnlyThere(@TempDir Path tmp) throws Exception {
    Path module = TestModules.copyHello(tmp);
    List<BuildEvent> events = new CopyOnWriteArrayList<>();
    try (LoginUser user = LoginUser.create()) {
      HostProbe probe;
      try (SshBuildHost login =
          SshBuildHost.connect(
              user.sshd()
                  .hostBuilder()
                  .user(user.name())
                  .remoteCacheDir(user.home() + "/.cache/gocrossbuild")
                  .build())) {
        probe = login.probe();
        assertThat(login.environment(login.toolchain(Optional.empty(), Map.of())).variables())
            .containsEntry("GCB_FROM_PROFILE", "yes");
        for (String out : List.of("a", "b")) {
          GoCrossBuild.target(Target.current().orElseThrow())
              .noCgo()
              .moduleDir(module)
              .outputDir(tmp.resolve(out))
              .on(login)
              .listener(events::add)
              .run();
        }
      }
      assertThat(events)
          .filteredOn(e -> e instanceof BuildEvent.Warning)
          .extracting(e -> ((BuildEvent.Warning) e).id())
          .containsExactly("ssh.go-login-shell-only");

      assertThat(probe.goCommand()).hasValue(user.home() + "/tools/bin/go");
      assertThat(probe.goFoundBy()).hasValue("login shell PATH (/bin/bash -lc)");
      assertThat(probe.goOnlyInLoginShell()).isTrue();
      assertThat(probe.goVersion()).hasValue(RealTools.goEnv(Sshd.GO, "GOVERSION"));
      assertThat(probe.notes())
          .singleElement()
          .asString()
          .contains("~/.bashrc returns early for non-interactive shells");
    }
  }

  /** The go of the newest {@code /usr/lib/go-1.N} that has one, by N. */
  private static Optional<Path> newestDebianGo() throws IOException {
    try (Stream<Path> dirs = Files.list(Path.of("/usr/lib"))) {
      return dirs.filter(d -> d.getFileName().toString().matches("go-1\\.\\d+"))
          .map(d -> d.resolve("bin/go"))
          .filter(Files::isExecutable)
          .max(
              Comparator.comparingInt(
                  g ->
                      Integer.parseInt(
                          g.getParent().getParent().getFileName().toString().substring(5))));
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
