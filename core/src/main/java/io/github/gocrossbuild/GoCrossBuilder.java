package io.github.gocrossbuild;

import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.internal.build.BuildRunner;
import io.github.gocrossbuild.internal.build.MatrixRunner;
import io.github.gocrossbuild.internal.build.SpecChecks;
import io.github.gocrossbuild.spi.BuildHost;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

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
    return runner(s).run(s.targets().get(0));
  }

  /**
   * Builds every target, several at once, and proves each artifact.
   *
   * @return the results, in request order
   * @throws MatrixBuildException when any target failed; it carries every outcome
   */
  public List<BuildResult> runAll() {
    BuildSpec s = spec();
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

  /** The runner gets BuildResult's package-private builder: the only way results are made. */
  private BuildRunner runner(BuildSpec s) {
    return new BuildRunner(s, host, listener, BuildResult::builder);
  }
}
