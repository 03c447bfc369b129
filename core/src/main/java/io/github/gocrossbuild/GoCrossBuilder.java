package io.github.gocrossbuild;

import io.github.gocrossbuild.config.ProjectConfigs;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.internal.build.BuildRunner;
import io.github.gocrossbuild.internal.build.MatrixRunner;
import io.github.gocrossbuild.internal.build.SpecChecks;
import io.github.gocrossbuild.internal.debug.DebugStarter;
import io.github.gocrossbuild.internal.pool.HostPool;
import io.github.gocrossbuild.internal.repro.ReproCheck;
import io.github.gocrossbuild.internal.toolchain.install.GoDistributions;
import io.github.gocrossbuild.spi.BuildHost;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Configures and runs a Go build: a mutable fluent builder over an immutable {@link BuildSpec}.
 * Every setter returns {@code this}. Made by {@link GoCrossBuild}.
 *
 * <pre>{@code
 * BuildResult r = GoCrossBuild.target(GoOs.LINUX, GoArch.ARM64)
 *     .noCgo()
 *     .moduleDir(Path.of("service"))
 *     .ldflags("-X main.version=1.2.0")
 *     .run();
 * }</pre>
 *
 * <p>Defaults follow the usual release build: {@code -trimpath}, {@code -ldflags "-s -w"}, output
 * {@code <moduleDir>/bin/<name>-<goos>-<goarch>[-<variant>]} ({@code .exe} for windows, {@code
 * .wasm} for wasm), proof on. Setters check their argument at once and throw {@link
 * IllegalArgumentException} naming it. A builder is not thread-safe; the builds it runs are.
 */
public final class GoCrossBuilder {
  private final BuildSpec.Builder spec = BuildSpec.builder();
  private BuildHost host = BuildHost.local();
  private BuildListener listener = BuildListener.NONE;
  private final int targetCount;
  private Optional<String> dlv = Optional.empty();
  private boolean strictDelveVersion;

  GoCrossBuilder(List<Target> targets) {
    Objects.requireNonNull(targets, "targets");
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("targets: at least one target is required");
    }
    targets.forEach(t -> Objects.requireNonNull(t, "targets: null target"));
    spec.addAllTargets(targets);
    this.targetCount = targets.size();
  }

  /**
   * Builds with {@code CGO_ENABLED=0}: a pure-Go, statically linked binary.
   *
   * @return this
   */
  public GoCrossBuilder noCgo() {
    spec.cgo(false);
    return this;
  }

  /**
   * Sets compiler arguments passed as one {@code -gcflags} value, replacing earlier ones.
   *
   * <pre>{@code
   * builder.gcflags("all=-N", "-l");   // -gcflags=all=-N -l
   * }</pre>
   *
   * @param args the arguments
   * @return this
   */
  public GoCrossBuilder gcflags(String... args) {
    spec.gcflags(List.of(Objects.requireNonNull(args, "gcflags")));
    return this;
  }

  /**
   * Uses this Delve for {@link #debug(String...)} instead of looking in {@code PATH}, {@code
   * ~/go/bin} and {@code $GOPATH/bin} (and the login shell's {@code PATH} on an SSH host).
   *
   * @param dlv the path of the {@code dlv} executable on the host where the program runs
   * @return this
   */
  public GoCrossBuilder dlv(Path dlv) {
    this.dlv = Optional.of(Objects.requireNonNull(dlv, "dlv").toString());
    return this;
  }

  /**
   * Makes {@link #debug(String...)} refuse a Delve older than the Go that built the binary, instead
   * of warning and passing {@code --check-go-version=false}.
   *
   * @return this
   */
  public GoCrossBuilder strictDelveVersion() {
    this.strictDelveVersion = true;
    return this;
  }

  /**
   * Builds with {@code CGO_ENABLED=1} and a C compiler for the target: the one given ({@link
   * #cc(Path)}, or {@code CC} through {@link #env(String, String)}), else {@code <triple>-gcc} on
   * PATH ({@code aarch64-linux-gnu-gcc} for linux/arm64), a musl cross gcc, {@code zig cc}, or
   * {@code clang --target} with a sysroot. Before {@code go build} the compiler must compile and
   * link a tiny C program for the target, else {@link CgoToolchainException} says what to install.
   *
   * <pre>{@code
   * GoCrossBuild.target("linux/arm64").cgo().moduleDir(module).run();   // CC=aarch64-linux-gnu-gcc
   * }</pre>
   *
   * @return this
   */
  public GoCrossBuilder cgo() {
    spec.cgo(true);
    return this;
  }

  /**
   * Uses this C compiler for cgo ({@code CC}); a {@code CC} given through {@code env} is replaced.
   *
   * @param compiler the compiler on the build host, e.g. {@code /opt/cross/bin/aarch64-linux-gcc}
   * @return this
   */
  public GoCrossBuilder cc(Path compiler) {
    spec.cc(Objects.requireNonNull(compiler, "cc"));
    return this;
  }

  /**
   * Uses this C++ compiler for cgo ({@code CXX}).
   *
   * @param compiler the compiler on the build host
   * @return this
   */
  public GoCrossBuilder cxx(Path compiler) {
    spec.cxx(Objects.requireNonNull(compiler, "cxx"));
    return this;
  }

  /**
   * Compiles and links C against this root of the target's C library ({@code --sysroot}); qemu
   * smoke runs use it as their library root ({@code -L}).
   *
   * @param root e.g. {@code /usr/aarch64-linux-gnu} or an unpacked Debian root file system
   * @return this
   */
  public GoCrossBuilder sysroot(Path root) {
    spec.sysroot(Objects.requireNonNull(root, "sysroot"));
    return this;
  }

  /**
   * Links a cgo binary fully static ({@code -linkmode=external -extldflags=-static}). With glibc
   * the {@code netgo} and {@code osusergo} tags are added, since a static glibc cannot load its NSS
   * modules, and a {@value BuildWarning#CGO_STATIC_GLIBC_NSS} warning says so. Needs {@link
   * #cgo()}; the proof checks the artifact is static.
   *
   * @return this
   */
  public GoCrossBuilder staticLink() {
    spec.staticLink(true);
    return this;
  }

  /**
   * Fails the proof when the artifact needs a newer glibc than this: set it to the glibc of the
   * oldest distribution you ship to (Debian 10 has 2.28, RHEL 7 has 2.17). The {@link
   * VerificationException} names the {@code GLIBC_x.y} symbol version found, and nothing is left at
   * the artifact path.
   *
   * @param version e.g. {@code 2.28}
   * @return this
   */
  public GoCrossBuilder glibcAtMost(String version) {
    spec.glibcAtMost(Objects.requireNonNull(version, "glibcAtMost"));
    spec();
    return this;
  }

  /**
   * Sets the Go module directory (where go.mod is).
   *
   * @param dir the directory; the JVM's working directory by default
   * @return this
   */
  public GoCrossBuilder moduleDir(Path dir) {
    spec.moduleDir(Objects.requireNonNull(dir, "moduleDir").toAbsolutePath().normalize());
    return this;
  }

  /**
   * Sets the main package to build.
   *
   * @param pkg a path relative to the module ({@code ./cmd/server}) or an import path; {@code .} by
   *     default
   * @return this
   */
  public GoCrossBuilder pkg(String pkg) {
    spec.pkg(Objects.requireNonNull(pkg, "pkg"));
    spec();
    return this;
  }

  /**
   * Sets the output directory.
   *
   * @param dir the directory; {@code <moduleDir>/bin} by default
   * @return this
   */
  public GoCrossBuilder outputDir(Path dir) {
    spec.outputDir(Objects.requireNonNull(dir, "outputDir"));
    return this;
  }

  /**
   * Sets the artifact's base name; the target and suffix are still appended.
   *
   * @param name a plain file name, e.g. {@code app}
   * @return this
   */
  public GoCrossBuilder binaryName(String name) {
    spec.binaryName(Objects.requireNonNull(name, "binaryName"));
    spec();
    return this;
  }

  /**
   * Passes {@code -trimpath} (the default) or not.
   *
   * @param on whether to pass it
   * @return this
   */
  public GoCrossBuilder trimpath(boolean on) {
    spec.trimpath(on);
    return this;
  }

  /**
   * Passes {@code -buildvcs=true} or {@code -buildvcs=false}; without this call Go decides. With
   * {@code false} a build in a git checkout carries no {@code vcs.*} settings, so it has the same
   * bytes as a build of a copy without {@code .git}, such as the one an SSH host builds. The proof
   * then checks that no {@code vcs} setting was stamped.
   *
   * <pre>{@code
   * GoCrossBuild.target(LINUX, ARM64).noCgo().buildvcs(false).run();
   * }</pre>
   *
   * @param on whether to stamp version-control information
   * @return this
   */
  public GoCrossBuilder buildvcs(boolean on) {
    spec.buildvcs(on);
    return this;
  }

  /**
   * Leads the linker flags with {@code -s -w} (the default) or not.
   *
   * @param on whether to strip the symbol table and DWARF
   * @return this
   */
  public GoCrossBuilder strip(boolean on) {
    spec.strip(on);
    return this;
  }

  /**
   * Sets extra linker arguments, replacing earlier ones. Each string is one argument and reaches
   * the linker intact, spaces and quotes included; as a convenience {@code "-X name=value"} (the
   * value optionally in quotes, as in a shell) counts as {@code -X} and {@code name=value}.
   *
   * <pre>{@code
   * builder.ldflags("-X", "main.version=1.2 beta");      // two arguments
   * builder.ldflags("-X 'main.version=1.2 beta'");        // the same
   * }</pre>
   *
   * @param args the arguments
   * @return this
   */
  public GoCrossBuilder ldflags(String... args) {
    spec.ldflags(List.of(Objects.requireNonNull(args, "ldflags")));
    spec();
    return this;
  }

  /**
   * Sets build tags, replacing earlier ones.
   *
   * @param tags the tags, e.g. {@code netgo}, {@code osusergo}
   * @return this
   */
  public GoCrossBuilder tags(String... tags) {
    spec.tags(List.of(Objects.requireNonNull(tags, "tags")));
    spec();
    return this;
  }

  /**
   * Adds an environment variable for {@code go build}. GOOS, GOARCH, CGO_ENABLED and the variant
   * variables are refused: they come from the target and {@link #cgo()}/{@link #noCgo()}.
   *
   * @param name the variable, e.g. {@code GOFLAGS} or {@code CC}
   * @param value the value
   * @return this
   */
  public GoCrossBuilder env(String name, String value) {
    Objects.requireNonNull(name, "env name");
    Objects.requireNonNull(value, "env value");
    SpecChecks.checkEnv(name, value);
    spec.putEnv(name, value);
    return this;
  }

  /**
   * Uses this {@code go} command instead of discovering one.
   *
   * @param go the path of the {@code go} executable (on the build host)
   * @return this
   */
  public GoCrossBuilder goCommand(Path go) {
    spec.goCommand(Objects.requireNonNull(go, "goCommand"));
    return this;
  }

  /**
   * Builds with exactly this Go version: a toolchain of that version found on the build host is
   * used as it is; otherwise it is installed through {@link #goDownloads(GoDownloads)} (the
   * official site by default) into the host's user cache. {@link BuildResult#toolchain()} says
   * which it was ({@code foundBy()}). Ignored when {@link #goCommand(Path)} is set.
   *
   * <pre>{@code
   * GoCrossBuild.target(LINUX, ARM64).noCgo().goVersion("1.23.5").run();
   * }</pre>
   *
   * @param version e.g. {@code 1.23.5} or {@code go1.23.5}
   * @return this
   */
  public GoCrossBuilder goVersion(String version) {
    Objects.requireNonNull(version, "goVersion");
    try {
      spec.goVersion(GoDistributions.normalize(version));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("goVersion: " + e.getMessage(), e);
    }
    return this;
  }

  /**
   * Sets where {@link #goVersion(String)} installs a missing version from.
   *
   * @param downloads e.g. {@code GoDownloads.from(URI.create("https://mirror.example.com/go/"))}
   * @return this
   */
  public GoCrossBuilder goDownloads(GoDownloads downloads) {
    spec.goDownloads(Objects.requireNonNull(downloads, "goDownloads"));
    return this;
  }

  /**
   * Builds on the given host instead of this machine.
   *
   * @param host the host, e.g. an SSH build host
   * @return this
   */
  public GoCrossBuilder on(BuildHost host) {
    this.host = Objects.requireNonNull(host, "host");
    return this;
  }

  /**
   * Sends build events to a listener. Listeners must be thread-safe and fast.
   *
   * @param listener the listener
   * @return this
   */
  public GoCrossBuilder listener(BuildListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /**
   * Limits each target's build; on expiry the process tree is killed and nothing is written.
   *
   * @param timeout the limit
   * @return this
   */
  public GoCrossBuilder timeout(Duration timeout) {
    spec.timeout(Objects.requireNonNull(timeout, "timeout"));
    spec();
    return this;
  }

  /**
   * Proves each artifact against the spec (the default) or not.
   *
   * @param on whether to verify
   * @return this
   */
  public GoCrossBuilder verify(boolean on) {
    spec.verify(on);
    return this;
  }

  /**
   * Runs the artifact after the build with these arguments: natively, or under qemu-user for a
   * foreign Linux architecture; skipped (with the reason in the result) where neither works.
   *
   * @param args the arguments, e.g. {@code --version}
   * @return this
   */
  public GoCrossBuilder smokeTest(String... args) {
    spec.smokeTestArgs(List.of(Objects.requireNonNull(args, "smokeTest")));
    return this;
  }

  /**
   * Sets how many targets of a matrix build at once.
   *
   * @param n at least 1; by default the number of processors, at most 4
   * @return this
   */
  public GoCrossBuilder concurrency(int n) {
    spec.concurrency(n);
    spec();
    return this;
  }

  /**
   * Returns the spec as configured so far.
   *
   * @return the immutable spec
   * @throws IllegalArgumentException when the configuration is invalid
   */
  public BuildSpec spec() {
    return spec.build();
  }

  /**
   * Resolves the environment the (first) target's build would run with, without building.
   *
   * @return the environment with provenance
   */
  public ResolvedEnv explainEnv() {
    BuildSpec s = spec();
    return runner(s).explain(s.targets().get(0));
  }

  /**
   * Builds the single target and proves the artifact.
   *
   * @return the result
   * @throws BuildFailedException when {@code go build} fails
   * @throws VerificationException when the artifact is not what was asked for
   * @throws IllegalStateException when the builder has several targets: use {@link #runAll()}
   */
  public BuildResult run() {
    if (targetCount != 1) {
      throw new IllegalStateException(
          "this builder has " + targetCount + " targets; call runAll()" + " to build them all");
    }
    BuildSpec s = spec();
    if (host instanceof HostPool pool) {
      return pool.run(s, listener, BuildResult::builder);
    }
    return runner(s).run(s.targets().get(0));
  }

  /**
   * Builds a debug binary of the single target and starts Delve where it runs: on this machine for
   * the host platform, or on the SSH host given with {@link #on(BuildHost)}. Returns once Delve
   * accepts connections on 127.0.0.1 (through a port forward for an SSH host).
   *
   * <pre>{@code
   * try (DebugSession s = GoCrossBuild.target(Target.current().orElseThrow()).debug()) {
   *   String launchJson = s.launchConfiguration();
   * }
   * }</pre>
   *
   * <p>The binary is built with {@code -gcflags=all=-N -l} and {@code -trimpath}, without {@code -s
   * -w}, named {@code <name>-debug-<goos>-<goarch>}, and proven (DWARF present, not stripped).
   *
   * @param programArgs the program's arguments, each passed literally
   * @return the running session; close it
   * @throws DebugException when the host cannot run the target, has no usable Delve, or Delve does
   *     not start
   * @throws BuildFailedException when the build fails
   * @throws IllegalStateException when the builder has several targets
   */
  public DebugSession debug(String... programArgs) {
    Objects.requireNonNull(programArgs, "programArgs");
    if (targetCount != 1) {
      throw new IllegalStateException(
          String.format("this builder has %d targets; debug() needs exactly one", targetCount));
    }
    DebugStarter.Started s =
        DebugStarter.start(
            spec(),
            host,
            listener,
            dlv,
            strictDelveVersion,
            List.of(programArgs),
            BuildResult::builder);
    return new DebugSession(s.result(), s.endpoint(), s.launchConfiguration(), s.host(), listener);
  }

  /**
   * Builds every target, several at once, and proves each artifact.
   *
   * @return the results, in request order
   * @throws MatrixBuildException when any target failed; it carries every outcome
   */
  public List<BuildResult> runAll() {
    BuildSpec s = spec();
    if (host instanceof HostPool pool) {
      return pool.runAll(s, listener, BuildResult::builder);
    }
    if (s.targets().size() == 1) {
      try {
        return List.of(runner(s).run(s.targets().get(0)));
      } catch (RuntimeException e) {
        throw new MatrixBuildException(
            List.of(new MatrixBuildException.Outcome(s.targets().get(0), null, e)));
      }
    }
    return MatrixRunner.runAll(runner(s), s.targets(), s.concurrency());
  }

  /**
   * Builds every target on this builder's host and on another host, and checks both built the same
   * bytes. The artifacts go to private temporary directories (the output directory is untouched);
   * without an explicit {@link #buildvcs(boolean)} the check passes {@code -buildvcs=false}.
   *
   * <pre>{@code
   * GoCrossBuild.target("linux/arm64").noCgo().moduleDir(module).reproducibleOn(sshHost);
   * }</pre>
   *
   * @param other the host to compare with (a single host, not a pool)
   * @return each target's SHA-256 (lower-case hex), the same on both hosts
   * @throws ReproducibilityException when the bytes differ, explaining why from the two binaries'
   *     build info and headers (Go version, settings such as {@code -ldflags} or {@code vcs.*},
   *     build ID, differing sections)
   */
  public java.util.Map<Target, String> reproducibleOn(BuildHost other) {
    Objects.requireNonNull(other, "other");
    return ReproCheck.run(spec(), host, other, listener, BuildResult::builder);
  }

  /**
   * Generates the project's config files from this spec: VS Code tasks, launch and settings, a dev
   * container, GoReleaser and Azure Functions {@code host.json}, each agreeing with what {@link
   * #run()} does. Finds the toolchain and C compiler like {@code run()}, but builds nothing.
   *
   * <pre>{@code
   * GoCrossBuild.target("linux/arm64").noCgo().moduleDir(module).configs().writeTo(workspace);
   * }</pre>
   *
   * @return the files
   * @throws ToolchainNotFoundException when the host has no Go
   */
  public ProjectConfigs configs() {
    return ProjectConfigs.of(spec(), host);
  }

  /** The runner gets BuildResult's package-private builder: the only way results are made. */
  private BuildRunner runner(BuildSpec s) {
    return new BuildRunner(s, host, listener, BuildResult::builder);
  }
}
