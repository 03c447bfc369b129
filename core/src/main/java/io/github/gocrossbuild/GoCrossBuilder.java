package io.github.gocrossbuild;

import io.github.gocrossbuild.cache.BuildCache;
import io.github.gocrossbuild.config.ProjectConfigs;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.internal.build.BuildRunner;
import io.github.gocrossbuild.internal.cache.CacheUse;
import io.github.gocrossbuild.internal.debug.DebugStarter;
import io.github.gocrossbuild.internal.local.LocalBuildHost;
import io.github.gocrossbuild.internal.placement.Placement;
import io.github.gocrossbuild.internal.plan.Planner;
import io.github.gocrossbuild.internal.repro.ReproCheck;
import io.github.gocrossbuild.spi.BuildHost;
import java.nio.file.Path;
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
public final class GoCrossBuilder extends SpecOptions {
  private Placement placement = Placement.on(BuildHosts.local());
  private BuildListener listener = BuildListener.NONE;
  private final int targetCount;
  private Optional<String> dlv = Optional.empty();
  private boolean strictDelveVersion;
  private Optional<BuildCache> cache = Optional.empty();

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
   * Builds on the given host instead of this machine.
   *
   * @param host the host, e.g. an SSH build host
   * @return this
   */
  public GoCrossBuilder on(BuildHost host) {
    this.placement = Placement.on(Objects.requireNonNull(host, "host"));
    return this;
  }

  /**
   * Builds on a pool of hosts: each target goes where it can be built and finishes first.
   *
   * @param pool the pool, from {@link BuildHosts#pool(BuildHost...)}
   * @return this
   */
  public GoCrossBuilder on(BuildPool pool) {
    this.placement = Objects.requireNonNull(pool, "pool").placement();
    return this;
  }

  /**
   * Fetches proved artifacts from a build cache and stores new ones there: a build whose inputs
   * hash to a stored key skips {@code go build}; its bytes are proven, moved into place, attested
   * and smoke-tested like built ones. {@link #reproducibleOn(BuildHost)} and {@link
   * #debug(String...)} always build.
   *
   * <pre>{@code
   * GoCrossBuild.target("linux/arm64").noCgo().cache(BuildCache.directory(cacheDir)).run();
   * }</pre>
   *
   * @param cache the cache, e.g. {@link BuildCache#directory(Path)}
   * @return this
   */
  public GoCrossBuilder cache(BuildCache cache) {
    this.cache = Optional.of(Objects.requireNonNull(cache, "cache"));
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
   * Resolves the environment the (first) target's build would run with, without building.
   *
   * @return the environment with provenance
   */
  public ResolvedEnv explainEnv() {
    BuildSpec s = spec();
    return placement.explain(new Planner(s), s.targets().get(0));
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
    return placement.run(runner(s), s.targets().get(0));
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
            placement.debugTarget(spec().targets().get(0)),
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
    return placement.runAll(runner(s), s.targets(), s.concurrency());
  }

  /**
   * Builds every target on this builder's host and on another host, and checks both built the same
   * bytes. The artifacts go to private temporary directories (the output directory is untouched);
   * without an explicit {@link #buildvcs(boolean)} the check passes {@code -buildvcs=false}.
   *
   * <p>With {@link #attest(Path)}, both hosts' signed statements must also agree on the subject and
   * every external parameter (only the builder, the times and host paths may differ), and once
   * every target passed, each artifact is written where {@link #run()} writes it with two
   * envelopes: the builder's as {@code <artifact>.intoto.jsonl} and the other host's as {@code
   * <artifact>.<other-host>.intoto.jsonl} (the host's name with characters other than letters,
   * digits, {@code . _ @ -} as {@code _}). Either verifies with {@code cosign} or {@link
   * io.github.gocrossbuild.provenance.Attestations#verify}: two independent builders vouch for the
   * same bytes.
   *
   * <pre>{@code
   * GoCrossBuild.target("linux/arm64").noCgo().moduleDir(module).reproducibleOn(sshHost);
   * }</pre>
   *
   * @param other the host to compare with (a single host, not a pool)
   * @return each target's SHA-256 (lower-case hex), the same on both hosts
   * @throws ReproducibilityException when the bytes differ, explaining why from the two binaries'
   *     build info and headers (Go version, settings such as {@code -ldflags} or {@code vcs.*},
   *     build ID, differing sections), or when signed statements disagree, naming the fields
   */
  public java.util.Map<Target, String> reproducibleOn(BuildHost other) {
    Objects.requireNonNull(other, "other");
    BuildHost host = placement.soleHost("reproducibleOn");
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
    return ProjectConfigs.of(spec(), placement.configHost());
  }

  /** The runner gets BuildResult's package-private builder: the only way results are made. */
  private BuildRunner runner(BuildSpec s) {
    Optional<CacheUse> use = cache.map(c -> new CacheUse(c, h -> h instanceof LocalBuildHost));
    return new BuildRunner(new Planner(s), listener, BuildResult::builder, use);
  }
}
