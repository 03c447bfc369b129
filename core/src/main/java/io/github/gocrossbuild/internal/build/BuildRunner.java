package io.github.gocrossbuild.internal.build;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildFailedException;
import io.github.gocrossbuild.BuildListener;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.CgoDecision;
import io.github.gocrossbuild.GoDownloads;
import io.github.gocrossbuild.SmokeTestResult;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.internal.cgo.CgoSetup;
import io.github.gocrossbuild.internal.cgo.LibcRoot;
import io.github.gocrossbuild.internal.cgo.StaticLink;
import io.github.gocrossbuild.internal.env.CgoRule;
import io.github.gocrossbuild.internal.proof.SmokeRunner;
import io.github.gocrossbuild.internal.toolchain.GoModRequirement;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.spi.HostBuildOutcome;
import io.github.gocrossbuild.spi.HostBuildRequest;
import io.github.gocrossbuild.spi.HostEnvironment;
import io.github.gocrossbuild.spi.Toolchain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs one target's build: toolchain, environment, {@code go build} on the host into a temporary
 * file, proof, the move into place, then the optional smoke run. A failure at any step leaves the
 * previous artifact (or nothing) at the final path.
 */
public final class BuildRunner {
  /** How long a smoke run may take; qemu-user needs a few seconds for a Go start-up. */
  private static final Duration SMOKE_TIMEOUT = Duration.ofSeconds(60);

  private final BuildSpec spec;
  private final BuildHost host;
  private final BuildListener listener;
  private final Supplier<ResultBuilder> results;

  /**
   * Creates a runner.
   *
   * @param spec what to build
   * @param host where
   * @param listener who listens
   * @param results makes the builder of each result
   */
  public BuildRunner(
      BuildSpec spec, BuildHost host, BuildListener listener, Supplier<ResultBuilder> results) {
    this.spec = spec;
    this.host = host;
    this.listener = new SafeListener(listener);
    this.results = results;
  }

  /**
   * Returns the final artifact path of a target.
   *
   * @param target the target
   * @return the path the artifact is moved to
   */
  public Path artifactPath(Target target) {
    String base = spec.binaryName().orElseGet(() -> OutputNaming.baseName(moduleDir(), spec.pkg()));
    return outputDir().resolve(OutputNaming.fileName(base, target));
  }

  private Path moduleDir() {
    return spec.moduleDir().toAbsolutePath().normalize();
  }

  private Path outputDir() {
    return spec.outputDir()
        .map(p -> p.toAbsolutePath().normalize())
        .orElseGet(() -> moduleDir().resolve("bin"));
  }

  /**
   * Resolves the environment a target's build would run with, without building.
   *
   * @param target the target
   * @return the environment with provenance
   */
  public ResolvedEnv explain(Target target) {
    return prepare(target, false).env();
  }

  /** What every use of a target needs before {@code go build}: toolchain, cgo, environment. */
  private record Prepared(
      Toolchain toolchain, HostEnvironment hostEnv, CgoDecision cgo, ResolvedEnv env) {}

  /**
   * Finds the toolchain, decides cgo (finding the C compiler, and checking it when asked) and
   * resolves the environment.
   */
  private Prepared prepare(Target target, boolean checkCompiler) {
    Toolchain toolchain = toolchain();
    HostEnvironment hostEnv = host.environment(toolchain);
    CgoDecision cgo =
        CgoSetup.apply(
            spec,
            target,
            host,
            toolchain,
            hostEnv,
            CgoRule.decide(spec.cgo(), target, toolchain, hostEnv),
            checkCompiler);
    return new Prepared(
        toolchain, hostEnv, cgo, ResolvedEnvMemo.resolve(spec, target, toolchain, hostEnv, cgo));
  }

  private Toolchain toolchain() {
    if (spec.goVersion().isPresent() && spec.goCommand().isEmpty()) {
      GoDownloads downloads = spec.goDownloads().orElseGet(GoDownloads::official);
      return host.toolchain(spec.goVersion().get(), downloads, spec.env());
    }
    return host.toolchain(spec.goCommand().map(Path::toString), spec.env());
  }

  /**
   * Plans one target's build without running it: the same toolchain, cgo decision, flags and
   * variables as {@link #run(Target)}, but the C compiler is not test-compiled.
   *
   * @param target the target
   * @return the plan
   */
  public BuildPlan plan(Target target) {
    Prepared p = prepare(target, false);
    Toolchain toolchain = p.toolchain();
    CgoDecision cgo = p.cgo();
    ResolvedEnv env = p.env();
    Path artifact = artifactPath(target);
    List<String> argv =
        request(target, toolchain, flags(cgo), env, artifact, BuildListener.NONE)
            .goBuildArgv(artifact.toString());
    return new BuildPlan(
        target,
        toolchain,
        cgo,
        moduleDir(),
        artifact,
        argv,
        BuildEnvironment.set(env, target, cgo));
  }

  private HostBuildRequest request(
      Target target,
      Toolchain toolchain,
      List<String> flags,
      ResolvedEnv env,
      Path output,
      BuildListener events) {
    return HostBuildRequest.builder()
        .target(target)
        .toolchain(toolchain)
        .moduleDir(moduleDir())
        .flags(flags)
        .pkg(spec.pkg())
        .environment(env.processEnvironment())
        .artifact(output)
        .timeout(spec.timeout())
        .listener(events)
        .build();
  }

  /**
   * Builds one target.
   *
   * @param target the target
   * @return the result
   */
  public BuildResult run(Target target) {
    long start = System.nanoTime();
    boolean success = false;
    Path tmp = null;
    // Every warning of this build, the host's and the proof's, goes to the listener and the result.
    List<BuildWarning> warnings = new ArrayList<>();
    BuildListener events =
        event -> {
          if (event instanceof BuildEvent.Warning w && w.target().equals(target)) {
            synchronized (warnings) {
              warnings.add(w.warning());
            }
          }
          listener.onEvent(event);
        };
    try {
      checkDirectories();
      Path artifact = artifactPath(target);
      // The C compiler is found and checked before go build, so a missing one fails fast.
      Prepared p = prepare(target, true);
      Toolchain toolchain = p.toolchain();
      HostEnvironment hostEnv = p.hostEnv();
      CgoDecision cgo = p.cgo();
      ResolvedEnv env = p.env();
      GoModRequirement.check(moduleDir(), toolchain, env);
      Map<String, String> set = BuildEnvironment.librarySet(target, cgo);
      List<String> flags = flags(cgo);
      StaticLink.warning(spec, cgo, target)
          .ifPresent(w -> events.onEvent(new BuildEvent.Warning(target, w)));
      tmp = AtomicFiles.temporaryFor(artifact);
      AtomicFiles.seedFromPrevious(artifact, tmp);
      HostBuildRequest request = request(target, toolchain, flags, env, tmp, events);
      events.onEvent(
          new BuildEvent.Started(
              target, host.name(), request.goBuildArgv(artifact.toString()), set));
      long compileStart = System.nanoTime();
      HostBuildOutcome outcome = host.build(request);
      events.onEvent(
          new BuildEvent.Compiled(
              target,
              host.name(),
              outcome.exitCode(),
              Duration.ofNanos(System.nanoTime() - compileStart)));
      if (outcome.exitCode() != 0) {
        throw new BuildFailedException(
            target, outcome.exitCode(), outcome.output(), outcome.command(), withoutRemovals(set));
      }
      if (!Files.isRegularFile(tmp)) {
        throw new BuildFailedException(
            target,
            0,
            outcome.output()
                + "\n(go build exited 0 but wrote no file: is "
                + spec.pkg()
                + " a main package?)",
            outcome.command(),
            withoutRemovals(set));
      }
      ArtifactProof proof = ArtifactProof.prove(spec, target, cgo, artifact, tmp);
      proof.warnings().forEach(w -> events.onEvent(new BuildEvent.Warning(target, w)));
      AtomicFiles.moveIntoPlace(tmp, artifact);
      long size = Files.size(artifact);
      events.onEvent(new BuildEvent.ArtifactWritten(target, artifact, size));
      Optional<SmokeTestResult> smoke =
          spec.smokeTestArgs()
              .map(args -> smokeRun(artifact, target, args, cgo, proof.binary(), hostEnv));
      List<BuildWarning> raised;
      synchronized (warnings) {
        raised = List.copyOf(warnings);
      }
      BuildResult result =
          results
              .get()
              .target(target)
              .artifact(artifact)
              .command(asWrittenTo(outcome.command(), tmp, artifact))
              .environment(env)
              .cgo(cgo)
              .toolchain(toolchain)
              .host(host.name())
              .hostPlatform(host.platform())
              .duration(Duration.ofNanos(System.nanoTime() - start))
              .output(outcome.output())
              .binary(proof.binary())
              .smokeTest(smoke)
              .warnings(raised)
              .build();
      success = true;
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (tmp != null) {
        AtomicFiles.deleteQuietly(tmp);
      }
      events.onEvent(
          new BuildEvent.Finished(target, Duration.ofNanos(System.nanoTime() - start), success));
    }
  }

  /**
   * Shows the command with the final artifact path in place of the temporary one: that is where the
   * file ends up, and the temporary name means nothing to a reader.
   */
  private static List<String> asWrittenTo(List<String> command, Path tmp, Path artifact) {
    List<String> out = new ArrayList<>(command);
    out.replaceAll(arg -> arg.equals(tmp.toString()) ? artifact.toString() : arg);
    return out;
  }

  /**
   * Runs the artifact on the build host when it can, else on this machine; a dynamic foreign binary
   * gets its C library root under qemu.
   */
  private SmokeTestResult smokeRun(
      Path artifact,
      Target target,
      List<String> args,
      CgoDecision cgo,
      GoBinary binary,
      HostEnvironment hostEnv) {
    Optional<SmokeTestResult> remote = host.smokeRun(artifact, target, args, SMOKE_TIMEOUT);
    if (remote.isEmpty()) {
      Optional<Path> libRoot =
          binary.isDynamicallyLinked()
              ? LibcRoot.find(spec, cgo, target, hostEnv.variables())
              : Optional.empty();
      return SmokeRunner.runChecked(artifact, target, args, SMOKE_TIMEOUT, Map.of(), libRoot);
    }
    return SmokeRunner.check(artifact, remote.get(), SMOKE_TIMEOUT);
  }

  private static Map<String, String> withoutRemovals(Map<String, String> set) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    set.forEach(
        (k, v) -> {
          if (v != null) {
            out.put(k, v);
          }
        });
    return out;
  }

  /**
   * Returns the {@code go build} flags of the spec.
   *
   * @param cgo the cgo decision ({@code staticLink()} adds tags for glibc)
   * @return e.g. {@code [-trimpath, -ldflags=-s -w]}
   */
  public List<String> flags(CgoDecision cgo) {
    List<String> flags = new ArrayList<>();
    if (spec.trimpath()) {
      flags.add("-trimpath");
    }
    spec.buildvcs().ifPresent(on -> flags.add("-buildvcs=" + on));
    LdFlags.join(spec.strip(), StaticLink.ldflags(spec)).ifPresent(v -> flags.add("-ldflags=" + v));
    if (!spec.gcflags().isEmpty()) {
      flags.add("-gcflags=" + String.join(" ", spec.gcflags()));
    }
    List<String> tags = StaticLink.tags(spec, cgo);
    if (!tags.isEmpty()) {
      flags.add("-tags=" + String.join(",", tags));
    }
    return flags;
  }

  private void checkDirectories() throws IOException {
    Path module = moduleDir();
    if (!Files.isDirectory(module)) {
      throw new IllegalArgumentException("moduleDir: " + module + " is not a directory");
    }
    Path out = outputDir();
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new IllegalArgumentException("outputDir: " + out + " exists and is not a directory");
    }
    Files.createDirectories(out);
  }

  /** Shields builds from listeners that throw. */
  private static final class SafeListener implements BuildListener {
    private final BuildListener delegate;

    SafeListener(BuildListener delegate) {
      this.delegate = delegate;
    }

    @Override
    public void onEvent(BuildEvent event) {
      try {
        delegate.onEvent(event);
      } catch (RuntimeException ignored) {
        // Documented: a listener's exception does not reach the build.
      }
    }
  }
}
