package io.github.gocrossbuild.internal.build;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildFailedException;
import io.github.gocrossbuild.BuildListener;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.SmokeTestResult;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.binary.GoBinary;
import io.github.gocrossbuild.internal.cache.CacheUse;
import io.github.gocrossbuild.internal.cgo.LibcRoot;
import io.github.gocrossbuild.internal.cgo.StaticLink;
import io.github.gocrossbuild.internal.plan.Planner;
import io.github.gocrossbuild.internal.plan.TargetPlan;
import io.github.gocrossbuild.internal.proof.SmokeRunner;
import io.github.gocrossbuild.internal.provenance.ArtifactDigests;
import io.github.gocrossbuild.internal.provenance.StatementPrep;
import io.github.gocrossbuild.internal.toolchain.GoModRequirement;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.spi.HostBuildOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Carries out one target's plan: {@code go build} on the plan's host into a temporary file, proof,
 * the move into place, then the optional smoke run. A failure at any step leaves the previous
 * artifact (or nothing) at the final path. Planning happens inside the run, so a target that cannot
 * even be planned (no C compiler, say) still ends with a {@link BuildEvent.Finished}.
 */
public final class BuildRunner {
  /** How long a smoke run may take; qemu-user needs a few seconds for a Go start-up. */
  private static final Duration SMOKE_TIMEOUT = Duration.ofSeconds(60);

  private final Planner planner;
  private final BuildListener listener;
  private final Supplier<ResultBuilder<BuildResult>> results;
  private final Optional<CacheUse> cache;

  /**
   * Creates a runner.
   *
   * @param planner plans each target
   * @param listener who listens
   * @param results makes the builder of each result
   */
  public BuildRunner(
      Planner planner, BuildListener listener, Supplier<ResultBuilder<BuildResult>> results) {
    this(planner, listener, results, Optional.empty());
  }

  /**
   * Creates a runner that fetches from and stores to a build cache.
   *
   * @param planner plans each target
   * @param listener who listens
   * @param results makes the builder of each result
   * @param cache the build cache, or empty
   */
  public BuildRunner(
      Planner planner,
      BuildListener listener,
      Supplier<ResultBuilder<BuildResult>> results,
      Optional<CacheUse> cache) {
    this.planner = planner;
    this.listener = new SafeListener(listener);
    this.results = results;
    this.cache = cache;
  }

  /**
   * Returns the planner.
   *
   * @return the planner, whose spec this runner builds
   */
  public Planner planner() {
    return planner;
  }

  /**
   * Sends an event about this runner's builds (routing, failover) to the listener; a listener that
   * throws does not reach the caller.
   *
   * @param event the event
   */
  public void announce(BuildEvent event) {
    listener.onEvent(event);
  }

  /**
   * Plans and builds one target on a host.
   *
   * @param target the target
   * @param host where it builds
   * @return the result
   */
  public BuildResult run(Target target, BuildHost host) {
    long start = System.nanoTime();
    Instant startedOn = Instant.now();
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
      // The C compiler is found and checked while planning, so a missing one fails fast.
      TargetPlan plan = planner.plan(target, host, Planner.Use.BUILD);
      Path artifact = plan.artifact();
      Files.createDirectories(artifact.getParent());
      GoModRequirement.check(plan.moduleDir(), plan.toolchain(), plan.environment());
      Map<String, String> set = plan.librarySet();
      plan.warnings().forEach(w -> events.onEvent(new BuildEvent.Warning(target, w)));
      StaticLink.warning(plan.spec(), plan.cgo(), target)
          .ifPresent(w -> events.onEvent(new BuildEvent.Warning(target, w)));
      tmp = AtomicFiles.temporaryFor(artifact);
      StatementPrep prep = StatementPrep.start(plan);
      CacheStep cached = CacheStep.start(cache, plan, events);
      Optional<ArtifactProof> fetched = cached.fetch(tmp);
      Made made =
          fetched.isPresent()
              ? new Made(fetched.get(), Optional.empty(), cached.fetchedSha256(), plan.argv(), "")
              : compile(plan, tmp, set, events, cache, cached.warmSet());
      ArtifactProof proof = made.proof();
      proof.warnings().forEach(w -> events.onEvent(new BuildEvent.Warning(target, w)));
      AttestedMove.Written written =
          AttestedMove.moveIntoPlace(
              plan,
              prep.parts(),
              prep.presignature(),
              proof.binary(),
              tmp,
              made.seeded(),
              made.digest(),
              startedOn,
              snapshot(warnings));
      long size = Files.size(artifact);
      events.onEvent(new BuildEvent.ArtifactWritten(target, artifact, size));
      Optional<SmokeTestResult> smoke =
          plan.spec().smokeTestArgs().map(args -> smokeRun(plan, args, proof.binary()));
      cached.store(artifact, written.envelope());
      List<BuildWarning> raised = snapshot(warnings);
      BuildResult result =
          results
              .get()
              .target(target)
              .artifact(artifact)
              .command(made.command())
              .environment(plan.environment())
              .cgo(plan.cgo())
              .toolchain(plan.toolchain())
              .host(host.name())
              .hostPlatform(host.platform())
              .duration(Duration.ofNanos(System.nanoTime() - start))
              .output(made.output())
              .binary(proof.binary())
              .smokeTest(smoke)
              .warnings(raised)
              .statement(written.statement())
              .attestation(written.envelope())
              .fromCache(cached.hit())
              .cacheSource(cached.source())
              .cacheManifest(cached.manifest())
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
   * The artifact's bytes in the temporary file, proven.
   *
   * @param proof the proof
   * @param seeded the temporary file as seeded from the previous artifact, before go build
   * @param digest the bytes' SHA-256 when already known (a cache hit checked them as it fetched)
   * @param command the argv that made the bytes, with the final artifact path
   * @param output what go build printed
   */
  private record Made(
      ArtifactProof proof,
      Optional<ArtifactDigests.Seen> seeded,
      Optional<String> digest,
      List<String> command,
      String output) {}

  /** Runs {@code go build} into the temporary file and proves what it wrote. */
  private static Made compile(
      TargetPlan plan,
      Path tmp,
      Map<String, String> set,
      BuildListener events,
      Optional<CacheUse> cache,
      Optional<String> warmSet) {
    Target target = plan.target();
    BuildHost host = plan.host();
    AtomicFiles.seedFromPrevious(plan.artifact(), tmp);
    Optional<ArtifactDigests.Seen> seeded = ArtifactDigests.seen(tmp);
    events.onEvent(new BuildEvent.Started(target, host.name(), plan.argv(), set));
    long compileStart = System.nanoTime();
    HostBuildOutcome outcome;
    SharedActions actions =
        SharedActions.open(cache, warmSet, plan, plan.request(tmp, events), events);
    try {
      outcome = host.build(actions.request());
    } finally {
      actions.close(events, plan);
    }
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
              + plan.spec().pkg()
              + " a main package?)",
          outcome.command(),
          withoutRemovals(set));
    }
    return new Made(
        ArtifactProof.prove(plan, tmp),
        seeded,
        Optional.empty(),
        asWrittenTo(outcome.command(), tmp, plan.artifact()),
        outcome.output());
  }

  private static List<BuildWarning> snapshot(List<BuildWarning> warnings) {
    synchronized (warnings) {
      return List.copyOf(warnings);
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
  private static SmokeTestResult smokeRun(TargetPlan plan, List<String> args, GoBinary binary) {
    Path artifact = plan.artifact();
    Target target = plan.target();
    Optional<SmokeTestResult> remote = plan.host().smokeRun(artifact, target, args, SMOKE_TIMEOUT);
    if (remote.isEmpty()) {
      Optional<Path> libRoot =
          binary.isDynamicallyLinked()
              ? LibcRoot.find(plan.spec(), plan.cgo(), target, plan.hostEnvironment().variables())
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
