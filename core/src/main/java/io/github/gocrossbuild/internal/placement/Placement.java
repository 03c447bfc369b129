package io.github.gocrossbuild.internal.placement;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.internal.build.BuildRunner;
import io.github.gocrossbuild.internal.debug.DebugStarter;
import io.github.gocrossbuild.internal.plan.Planner;
import io.github.gocrossbuild.spi.BuildHost;
import java.util.List;
import java.util.Optional;

/**
 * Where a builder's plans run: on one host, or on a pool that places each target. The terminal
 * operations of {@code GoCrossBuilder} ask their placement, so nothing else asks what kind of host
 * it has.
 */
public sealed interface Placement permits HostPlacement, PoolPlacement {

  /**
   * Builds one target.
   *
   * @param runner carries out plans
   * @param target the target
   * @return the result
   */
  BuildResult run(BuildRunner runner, Target target);

  /**
   * Builds every target, several at once.
   *
   * @param runner carries out plans
   * @param targets the targets, in request order
   * @param concurrency how many build at once on one host
   * @return the results, in request order
   * @throws io.github.gocrossbuild.MatrixBuildException when any target failed
   */
  List<BuildResult> runAll(BuildRunner runner, List<Target> targets, int concurrency);

  /**
   * Resolves the environment a target's build would run with, without building.
   *
   * @param planner plans the target
   * @param target the target
   * @return the environment (a pool answers for its first host)
   */
  ResolvedEnv explain(Planner planner, Target target);

  /**
   * Returns the one host of an operation that needs exactly one.
   *
   * @param operation the operation, for the message, e.g. {@code reproducibleOn}
   * @return the host
   * @throws IllegalArgumentException for a pool
   */
  BuildHost soleHost(String operation);

  /**
   * Returns the host whose config files a builder on this placement generates.
   *
   * @return the host itself; for a pool, this machine's host
   */
  BuildHost configHost();

  /**
   * Returns the host VS Code tasks are planned on: this machine, where VS Code runs them.
   *
   * @return this placement's host when it is this machine, else the local host
   */
  BuildHost tasksHost();

  /**
   * Returns the host a debug session of a target runs on.
   *
   * @param target the target
   * @return the host that builds the debug binary and starts Delve
   * @throws io.github.gocrossbuild.DebugException when this placement cannot run Delve
   */
  DebugStarter.Where debugTarget(Target target);

  /**
   * Returns the remote host that remote attach configurations point at.
   *
   * @return its name; empty when builds run on this machine or on a pool
   */
  Optional<String> remoteDebugHost();

  /**
   * Returns the placement of one host.
   *
   * @param host the host
   * @return the placement
   */
  static Placement on(BuildHost host) {
    return new HostPlacement(host);
  }
}
