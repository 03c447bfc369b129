package io.github.gocrossbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.gocrossbuild.assertj.GoCrossAssertions;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.internal.proof.ArtifactVerifier;
import io.github.gocrossbuild.internal.proof.Expectation;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.spi.HostBuildOutcome;
import io.github.gocrossbuild.spi.HostBuildRequest;
import io.github.gocrossbuild.spi.HostEnvironment;
import io.github.gocrossbuild.spi.Toolchain;
import io.github.gocrossbuild.testing.RealTools;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link GoCrossBuilder}, with the real Go toolchain. */
class GoCrossBuilderTest {
  @TempDir Path tmp;
  private Path module;
  private BuildHost host;

  @BeforeEach
  void setUp() {
    GoToolchainFixture.go();
    module = GoToolchainFixture.copyModule("app", tmp);
    host = BuildHosts.local(GoToolchainFixture.environment());
  }

  private GoCrossBuilder build(String platform) {
    return GoCrossBuild.target(platform).moduleDir(module).on(host);
  }

  @Test
  void shouldBuildRealCrossBinariesWithExpectedNamesAndHeaders() {
    List<BuildResult> results =
        GoCrossBuild.targets(
                Target.parse("linux/arm64"),
                Target.parse("linux/amd64"),
                Target.parse("windows/amd64"),
                Target.parse("darwin/arm64"),
                Target.parse("linux/arm/v7"))
            .moduleDir(module)
            .on(host)
            .noCgo()
            .runAll();

    assertThat(results)
        .extracting(r -> r.artifact().getFileName().toString())
        .containsExactly(
            "app-linux-arm64",
            "app-linux-amd64",
            "app-windows-amd64.exe",
            "app-darwin-arm64",
            "app-linux-arm-v7");
    assertThat(results)
        .allSatisfy(r -> assertThat(r.artifact().getParent()).isEqualTo(module.resolve("bin")));
    assertThat(elfMachine(results.get(0).artifact())).isEqualTo(183);
    assertThat(elfMachine(results.get(1).artifact())).isEqualTo(62);
    assertThat(peMachine(results.get(2).artifact())).isEqualTo(0x8664);
    assertThat(GoToolchainFixture.head(results.get(3).artifact(), 8))
        .containsExactly(0xCF, 0xFA, 0xED, 0xFE, 0x0C, 0x00, 0x00, 0x01);
    assertThat(elfMachine(results.get(4).artifact())).isEqualTo(40);
    assertThat(results.get(4).environment().get("GOARM")).contains("7");
    assertThat(results.get(0).command())
        .containsSubsequence("build", "-trimpath", "-ldflags=-s -w", "-o");
    assertThat(results.get(0).command().get(results.get(0).command().size() - 1)).isEqualTo(".");
    assertThat(results.get(0).toolchain().goVersion()).startsWith("go1.");
    assertThat(results.get(0).host()).isEqualTo("local");
    assertNoTemporaryFiles(module.resolve("bin"));
  }

  @Test
  void shouldProveEveryArtifactAndSmokeRunItUnderQemu() {
    BuildResult r = build("linux/arm64").noCgo().smokeTest("--version").run();
    GoCrossAssertions.assertThat(r)
        .targets(GoOs.LINUX, GoArch.ARM64)
        .isStaticallyLinked()
        .isStripped()
        .hasCgo(false)
        .hasArtifactNamed("app-linux-arm64")
        .passedSmokeTest()
        .hasNoWarnings();
    assertThat(r.binary().setting("CGO_ENABLED")).contains("0");
    assertThat(r.binary().setting("-trimpath")).contains("true");
    assertThat(r.smokeTest().orElseThrow().runner()).isEqualTo("qemu-aarch64-static");
    assertThat(r.smokeTest().orElseThrow().output()).isEqualTo("app dev linux/arm64\n");
    assertThat(r.binary().path()).isEqualTo(r.artifact());
  }

  @Test
  void shouldStampVcsInACheckoutByDefaultAndLeaveItOutWithBuildvcsFalse() throws Exception {
    Path git = RealTools.git();
    runGit(git, "init", "-q");
    runGit(git, "add", ".");
    runGit(git, "-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-q", "-m", "m");
    String revision = runGit(git, "rev-parse", "HEAD").strip();
    Path copy = GoToolchainFixture.copyModule("app", Files.createDirectory(tmp.resolve("no-git")));

    BuildResult stamped = build("linux/amd64").noCgo().binaryName("stamped").run();
    BuildResult plain = build("linux/amd64").noCgo().buildvcs(false).binaryName("plain").run();
    BuildResult elsewhere =
        GoCrossBuild.target("linux/amd64").noCgo().moduleDir(copy).on(host).run();

    assertThat(stamped.binary().setting("vcs")).contains("git");
    assertThat(stamped.binary().setting("vcs.revision")).contains(revision);
    assertThat(plain.command()).containsSubsequence("build", "-trimpath", "-buildvcs=false");
    assertThat(plain.binary().setting("vcs")).isEmpty();
    assertThat(plain.binary().setting("vcs.revision")).isEmpty();
    // Without the stamp, the checkout builds the same bytes as a copy without .git (an SSH host).
    assertThat(Files.readAllBytes(plain.artifact()))
        .isEqualTo(Files.readAllBytes(elsewhere.artifact()))
        .isNotEqualTo(Files.readAllBytes(stamped.artifact()));
    Expectation unstamped =
        Expectation.builder()
            .target(Target.parse("linux/amd64"))
            .trimpath(true)
            .buildvcs(false)
            .build();
    assertThat(ArtifactVerifier.verify(stamped.binary(), unstamped))
        .extracting(VerificationProblem::property, VerificationProblem::actual)
        .containsExactly(tuple("build setting vcs", "git"));
  }

  private String runGit(Path git, String... args) throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>(List.of(git.toString(), "-C", module.toString()));
    argv.addAll(List.of(args));
    Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("git %s: %s", List.of(args), out).isZero();
    return out;
  }

  @Test
  void shouldRefuseAnArtifactForTheWrongArchitecture() throws IOException {
    Path bin = Files.createDirectories(module.resolve("bin"));
    BuildHost lying = new WrongArchHost(host);
    assertThatThrownBy(() -> build("linux/arm64").on(lying).noCgo().run())
        .isInstanceOfSatisfying(
            VerificationException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(VerificationProblem::toString)
                  .contains("GOARCH: expected arm64, found amd64");
              assertThat(e.getMessage())
                  .startsWith(
                      bin.resolve("app-linux-arm64") + " is not the artifact that was asked for: ")
                  .endsWith(
                      ". The file is ELF 64-bit LSB linux/amd64, statically linked, stripped,"
                          + " Go "
                          + RealTools.goVersion()
                          + ".")
                  .doesNotContain(".tmp");
              assertThat(e.binary().path()).isEqualTo(bin.resolve("app-linux-arm64"));
            });
    assertThat(bin.resolve("app-linux-arm64")).doesNotExist();
    assertNoTemporaryFiles(bin);
  }

  @Test
  void shouldKeepThePreviousArtifactByteForByteWhenARebuildIsRefused() throws IOException {
    BuildResult first = build("linux/arm64").noCgo().run();
    byte[] before = Files.readAllBytes(first.artifact());
    assertThatThrownBy(
            () ->
                build("linux/arm64")
                    .on(new WrongArchHost(host))
                    .noCgo()
                    .ldflags("-X main.version=other")
                    .run())
        .isInstanceOf(VerificationException.class);
    assertThat(Files.readAllBytes(first.artifact())).isEqualTo(before);
    assertNoTemporaryFiles(first.artifact().getParent());
  }

  /** A host whose go build ignores the requested GOARCH, like a remote with a broken wrapper. */
  private static final class WrongArchHost implements BuildHost {
    private final BuildHost real;

    WrongArchHost(BuildHost real) {
      this.real = real;
    }

    @Override
    public String name() {
      return "wrong-arch";
    }

    @Override
    public java.util.Optional<Target> platform() {
      return real.platform();
    }

    @Override
    public Toolchain toolchain(java.util.Optional<String> go, Map<String, String> extra) {
      return real.toolchain(go, extra);
    }

    @Override
    public HostEnvironment environment(Toolchain toolchain) {
      return real.environment(toolchain);
    }

    @Override
    public HostBuildOutcome build(HostBuildRequest request) {
      Map<String, String> env = new HashMap<>(request.environment());
      env.put("GOARCH", "amd64");
      env.remove("GOARM64");
      return real.build(HostBuildRequest.builder().from(request).environment(env).build());
    }
  }

  @Test
  void shouldIgnoreStrayTargetVariablesInTheEnvironment() {
    Map<String, String> env = new HashMap<>(GoToolchainFixture.environment());
    env.put("GOOS", "windows");
    env.put("GOARCH", "amd64");
    env.put("GOARM64", "v9.0");
    BuildResult r =
        GoCrossBuild.target("linux/arm64")
            .moduleDir(module)
            .on(BuildHosts.local(env))
            .noCgo()
            .run();

    assertThat(r.artifact().getFileName().toString()).isEqualTo("app-linux-arm64");
    assertThat(elfMachine(r.artifact())).isEqualTo(183);
    var goarch = r.environment().explain("GOARCH");
    assertThat(goarch.value()).contains("arm64");
    assertThat(goarch.layer()).contains(EnvLayer.BUILDER_TARGET);
    assertThat(goarch.shadowed())
        .anySatisfy(
            b -> {
              assertThat(b.layer()).isEqualTo(EnvLayer.PROCESS);
              assertThat(b.value()).isEqualTo("amd64");
            });
    assertThat(r.environment().processEnvironment())
        .doesNotContainKey("GOARM64")
        .containsEntry("GOOS", "linux")
        .containsEntry("CGO_ENABLED", "0");
  }

  @Test
  void shouldReportCompileErrorsAndKeepThePreviousArtifact() throws IOException {
    Path bin = Files.createDirectories(module.resolve("bin"));
    Path previous = Files.writeString(bin.resolve("app-linux-arm64"), "previous build");
    Files.writeString(
        module.resolve("broken.go"), "package main\n\nfunc broken() int { return \"x\" }\n");

    List<BuildEvent> events = Collections.synchronizedList(new ArrayList<>());
    assertThatThrownBy(() -> build("linux/arm64").noCgo().listener(events::add).run())
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(1);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "go build for linux/arm64 failed with exit code 1:"
                          + " ./broken.go:3:28: cannot use \"x\" (untyped string constant) as int value in"
                          + " return statement");
              assertThat(e.output()).contains("# example.com/app");
              assertThat(e.command()).contains("build", "-trimpath");
              assertThat(e.variables())
                  .containsEntry("GOOS", "linux")
                  .containsEntry("GOARCH", "arm64")
                  .containsEntry("CGO_ENABLED", "0");
              assertThat(e.target()).isEqualTo(Target.parse("linux/arm64"));
            });
    assertThat(only(events, BuildEvent.Compiled.class).exitCode()).isEqualTo(1);
    assertThat(events).noneMatch(ev -> ev instanceof BuildEvent.ArtifactWritten);
    assertThat(Files.readString(previous)).isEqualTo("previous build");
    assertNoTemporaryFiles(bin);
  }

  @Test
  void shouldKillTheBuildOnTimeoutAndLeaveNothing() throws Exception {
    BuildHost coldHost = BuildHosts.local(GoToolchainFixture.environment());
    Path bin = module.resolve("bin");
    long before = ProcessHandle.current().descendants().count();
    assertThatThrownBy(
            () ->
                GoCrossBuild.target("linux/s390x")
                    .moduleDir(module)
                    .on(coldHost)
                    .env("GOCACHE", tmp.resolve("cold-cache").toString())
                    .noCgo()
                    .timeout(Duration.ofMillis(1500))
                    .run())
        .isInstanceOfSatisfying(
            BuildTimeoutException.class,
            e -> {
              assertThat(e.getMessage())
                  .startsWith(
                      "go build for linux/s390x did not finish within"
                          + " 1500 ms and was killed; no artifact was written.");
              assertThat(e.timeout()).isEqualTo(Duration.ofMillis(1500));
            });
    assertThat(bin.resolve("app-linux-s390x")).doesNotExist();
    assertNoTemporaryFiles(bin);
    Thread.sleep(500);
    assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count())
        .isLessThanOrEqualTo(before);
  }

  @Test
  void shouldCarryLinkerArgumentsWithSpacesQuotesAndShellSyntaxIntact() throws Exception {
    Path marker = tmp.resolve("pwned");
    BuildResult r =
        build("linux/amd64")
            .noCgo()
            .ldflags("-X 'main.version=1.2 beta $(touch " + marker + ") `id`; it\"s'")
            .run();
    assertThat(run(r.artifact(), "--version"))
        .isEqualTo("app 1.2 beta $(touch " + marker + ") `id`; it\"s linux/amd64\n");
    assertThat(marker).doesNotExist();

    BuildResult two =
        build("linux/amd64")
            .noCgo()
            .binaryName("two")
            .ldflags("-X", "main.version=it's fine")
            .run();
    assertThat(run(two.artifact(), "--version")).isEqualTo("app it's fine linux/amd64\n");
  }

  @Test
  void shouldReportEveryOutcomeOfAMatrixWithAFailingTarget() throws IOException {
    Files.writeString(module.resolve("broken_windows.go"), "package main\n\nvar x int = \"no\"\n");
    List<Target> targets =
        List.of(
            Target.parse("linux/amd64"),
            Target.parse("linux/arm64"),
            Target.parse("windows/amd64"),
            Target.parse("darwin/arm64"));

    assertThatThrownBy(
            () ->
                GoCrossBuild.targets(targets.toArray(Target[]::new))
                    .moduleDir(module)
                    .on(host)
                    .noCgo()
                    .concurrency(2)
                    .runAll())
        .isInstanceOfSatisfying(
            MatrixBuildException.class,
            e -> {
              assertThat(e.outcomes())
                  .extracting(MatrixBuildException.Outcome::target)
                  .containsExactlyElementsOf(targets);
              assertThat(e.results()).hasSize(3);
              assertThat(e.outcomes().get(2).failure())
                  .get()
                  .isInstanceOf(BuildFailedException.class);
              assertThat(e.getMessage())
                  .startsWith(
                      "1 of 4 targets failed: windows/amd64: go build"
                          + " for windows/amd64 failed with exit code 1: ./broken_windows.go:3:13:");
            });
    assertThat(module.resolve("bin/app-linux-amd64")).isRegularFile();
    assertThat(module.resolve("bin/app-linux-arm64")).isRegularFile();
    assertThat(module.resolve("bin/app-darwin-arm64")).isRegularFile();
    assertThat(module.resolve("bin/app-windows-amd64.exe")).doesNotExist();
  }

  @Test
  void shouldNameArtifactsAfterThePackage() {
    assertThat(build("linux/amd64").noCgo().pkg("./cmd/tool").run().artifact())
        .isEqualTo(module.resolve("bin/tool-linux-amd64"));
    Path out = tmp.resolve("dist");
    assertThat(build("js/wasm").binaryName("web").outputDir(out).run().artifact())
        .isEqualTo(out.resolve("web-js-wasm.wasm"));
    assertThat(GoToolchainFixture.head(out.resolve("web-js-wasm.wasm"), 4))
        .containsExactly(0x00, 0x61, 0x73, 0x6D);
  }

  @Test
  void shouldExplainWhichCgoValueAppliedAndWhy() {
    BuildResult cross = build("linux/arm64").run();
    assertThat(cross.cgo().enabled()).isFalse();
    assertThat(cross.cgo().layer()).isEqualTo(EnvLayer.GO_DEFAULT);
    assertThat(cross.cgo().reason())
        .startsWith(
            "Go disables cgo by default when cross-compiling" + " (linux/amd64 to linux/arm64)");
    assertThat(cross.environment().findings())
        .extracting(f -> f.id())
        .containsExactly("env.cgo-off-cross");
    assertThat(cross.environment().processEnvironment()).doesNotContainKey("CGO_ENABLED");

    BuildResult off = build("linux/arm64").noCgo().run();
    assertThat(off.cgo()).isEqualTo(CgoDecision.of(false, EnvLayer.BUILDER_CGO, "set by noCgo()"));
    assertThat(off.environment().explain("CGO_ENABLED").reason())
        .startsWith("CGO_ENABLED=0 from set by noCgo()");
  }

  @Test
  void shouldBuildWithCommandTracingInGoFlags() {
    // GOFLAGS=-x makes go print WORK=... on standard error for every command, `go env -json`
    // included: the toolchain query must still read its JSON.
    BuildResult r = build("linux/arm64").noCgo().env("GOFLAGS", "-x").run();

    assertThat(r.binary().goarch()).contains(GoArch.ARM64);
    assertThat(r.toolchain().goEnv()).containsEntry("GOFLAGS", "-x");
    assertThat(r.output()).contains("WORK=");
  }

  @Test
  void shouldSendEventsInOrder() {
    List<BuildEvent> events = Collections.synchronizedList(new ArrayList<>());
    build("linux/arm64").noCgo().listener(events::add).listener(events::add).run();
    assertThat(events.get(0))
        .isInstanceOfSatisfying(
            BuildEvent.Started.class,
            s -> {
              assertThat(s.host()).isEqualTo("local");
              assertThat(s.variables())
                  .containsEntry("GOARCH", "arm64")
                  .containsEntry("GOARM64", null);
              assertThat(s.command().get(s.command().size() - 2)).endsWith("app-linux-arm64");
            });
    assertThat(events).filteredOn(e -> e instanceof BuildEvent.ArtifactWritten).hasSize(1);
    assertThat(events.get(events.size() - 1))
        .isInstanceOfSatisfying(BuildEvent.Finished.class, f -> assertThat(f.success()).isTrue());
    assertThat(events)
        .filteredOn(e -> !(e instanceof BuildEvent.OutputLine))
        .map(e -> e.getClass().getSimpleName())
        .containsExactly("Started", "Compiled", "ArtifactWritten", "Finished");
    BuildEvent.Compiled compiled = only(events, BuildEvent.Compiled.class);
    BuildEvent.Finished finished = only(events, BuildEvent.Finished.class);
    assertThat(compiled.host()).isEqualTo("local");
    assertThat(compiled.exitCode()).isZero();
    assertThat(compiled.duration()).isPositive().isLessThan(finished.duration());
  }

  private static <T extends BuildEvent> T only(List<BuildEvent> events, Class<T> type) {
    List<T> found = events.stream().filter(type::isInstance).map(type::cast).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void shouldCarryTheSameTypedWarningsInTheResultAndTheEvents() {
    String host = Target.current().orElseThrow().platform();
    List<BuildEvent> events = Collections.synchronizedList(new ArrayList<>());
    BuildResult dynamic = build(host).cgo().listener(events::add).run();
    assertThat(dynamic.warnings())
        .extracting(BuildWarning::id)
        .containsExactly(BuildWarning.PROOF_DYNAMIC_GLIBC);
    assertThat(dynamic.warnings().get(0).message())
        .startsWith(dynamic.artifact() + ": dynamically linked via ")
        .contains("; needs GLIBC_");
    assertThat(events)
        .filteredOn(e -> e instanceof BuildEvent.Warning)
        .extracting(e -> ((BuildEvent.Warning) e).warning())
        .isEqualTo(dynamic.warnings());

    BuildResult unused = build(host).cgo().tags("netgo", "osusergo").run();
    assertThat(unused.warnings())
        .extracting(BuildWarning::id)
        .containsExactly(BuildWarning.PROOF_CGO_UNUSED);
    assertThat(unused.warnings().get(0).toString())
        .isEqualTo(
            "[proof.cgo-unused] "
                + unused.artifact()
                + ": cgo was enabled but the binary is statically linked: no linked package uses"
                + " cgo (netgo/osusergo tags, or no net and os/user imports).");
  }

  @Test
  void shouldNotLetAThrowingListenerBreakTheBuild() {
    BuildResult r =
        build("linux/arm64")
            .noCgo()
            .listener(
                e -> {
                  throw new IllegalStateException("listener bug");
                })
            .run();
    assertThat(r.artifact()).isRegularFile();
  }

  @Test
  void shouldBuildDifferentTargetsIntoOneDirectoryAtOnce() {
    var a = CompletableFuture.supplyAsync(() -> build("linux/amd64").noCgo().run());
    var b = CompletableFuture.supplyAsync(() -> build("linux/arm64").noCgo().run());
    assertThat(elfMachine(a.join().artifact())).isEqualTo(62);
    assertThat(elfMachine(b.join().artifact())).isEqualTo(183);
    assertNoTemporaryFiles(module.resolve("bin"));
  }

  @Test
  void shouldRejectInvalidArgumentsNamingThem() throws IOException {
    assertThatThrownBy(() -> build("linux/arm64").pkg(" ").run())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pkg: must not be blank; use \".\" for the module root");
    Path file = Files.writeString(tmp.resolve("afile"), "x");
    assertThatThrownBy(() -> build("linux/arm64").outputDir(file).run())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("outputDir: " + file + " exists and is not a directory");
    assertThatThrownBy(() -> build("linux/arm64").env("GOARCH", "amd64"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "env: GOARCH defines the target and cannot be set with env(...); use the"
                + " target (GoCrossBuild.target(...))");
    assertThatThrownBy(() -> build("linux/arm64").env("GOARM", "6"))
        .hasMessage(
            "env: GOARM defines the target and cannot be set with env(...); use a target"
                + " variant, e.g. linux/arm/v7 or linux/amd64/v3");
    assertThatThrownBy(() -> build("linux/arm64").binaryName("../x"))
        .hasMessage("binaryName: \"../x\" must be a plain file name without directory separators");
    assertThatThrownBy(() -> build("linux/arm64").pkg("./..."))
        .hasMessage("pkg: \"./...\" matches several packages; build one main package per builder");
    assertThatThrownBy(() -> GoCrossBuild.target("linux/arm/v8"))
        .isInstanceOf(InvalidTargetException.class);
    assertThatThrownBy(
            () ->
                GoCrossBuild.targets(Target.parse("linux/amd64"), Target.parse("linux/arm64"))
                    .run())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this builder has 2 targets; call runAll() to build them all");
    assertThatThrownBy(() -> build("linux/arm64").timeout(Duration.ZERO))
        .hasMessage("timeout: must be positive, was PT0S");
  }

  @Test
  void shouldRefuseAGoCommandThatIsMissingOrNotGo() {
    Path missing = tmp.resolve("nope/go");
    assertThatThrownBy(() -> build("linux/arm64").goCommand(missing).run())
        .isInstanceOfSatisfying(
            ToolchainNotFoundException.class,
            e -> {
              assertThat(e.getMessage())
                  .startsWith(
                      "goCommand("
                          + missing
                          + ") is not a usable Go"
                          + " toolchain: goCommand(...) "
                          + missing
                          + " (missing). Install Go 1.21 or newer");
              assertThat(e.placesLooked())
                  .containsExactly("goCommand(...) " + missing + " (missing)");
            });
    assertThatThrownBy(() -> build("linux/arm64").goCommand(Path.of("/bin/true")).run())
        .isInstanceOf(ToolchainNotFoundException.class)
        .hasMessageContaining(
            "/bin/true (`go version` printed \"\", exit code 0; not a Go" + " toolchain)");
  }

  @Test
  void shouldFindGoInAWellKnownPlaceWhenPathLacksIt() {
    Map<String, String> env = Map.of("PATH", tmp.toString(), "HOME", tmp.toString());
    BuildResult r =
        GoCrossBuild.target("linux/arm64")
            .moduleDir(module)
            .on(BuildHosts.local(env))
            .noCgo()
            .run();
    assertThat(r.toolchain().foundBy()).startsWith("well-known place /usr/lib/go");
    assertThat(elfMachine(r.artifact())).isEqualTo(183);
  }

  private static String run(Path exe, String... args) throws Exception {
    List<String> argv = new ArrayList<>();
    argv.add(exe.toString());
    argv.addAll(List.of(args));
    Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).isZero();
    return out;
  }

  private static int elfMachine(Path file) {
    byte[] h = GoToolchainFixture.head(file, 20);
    assertThat(h).startsWith(0x7F, 'E', 'L', 'F');
    return ByteBuffer.wrap(h, 18, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xFFFF;
  }

  private static int peMachine(Path file) {
    byte[] h = GoToolchainFixture.head(file, 512);
    assertThat(h).startsWith('M', 'Z');
    int pe = ByteBuffer.wrap(h, 0x3C, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    assertThat(h[pe]).isEqualTo((byte) 'P');
    return ByteBuffer.wrap(h, pe + 4, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xFFFF;
  }

  private static void assertNoTemporaryFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
