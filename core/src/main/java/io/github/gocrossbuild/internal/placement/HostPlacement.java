package io.github.gocrossbuild.internal.placement;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.DebugException;
import io.github.gocrossbuild.MatrixBuildException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.internal.build.BuildRunner;
import io.github.gocrossbuild.internal.build.MatrixRunner;
import io.github.gocrossbuild.internal.debug.DebugStarter;
import io.github.gocrossbuild.internal.local.LocalBuildHost;
import io.github.gocrossbuild.internal.plan.Planner;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.spi.DebugHost;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every plan runs on one host.
 *
 * @param host the host
 */
record HostPlacement(BuildHost host) implements Placement {

  HostPlacement {
    Objects.requireNonNull(host, "host");
  }

  @Override
  public BuildResult run(BuildRunner runner, Target target) {
    return runner.run(target, host);
  }

  @Override
  public List<BuildResult> runAll(BuildRunner runner, List<Target> targets, int concurrency) {
    if (targets.size() == 1) {
      try {
        return List.of(runner.run(targets.get(0), host));
      } catch (RuntimeException e) {
        throw new MatrixBuildException(
            List.of(new MatrixBuildException.Outcome(targets.get(0), null, e)));
      }
    }
    return MatrixRunner.runAll(t -> runner.run(t, host), targets, concurrency);
  }

  @Override
  public ResolvedEnv explain(Planner planner, Target target) {
    return planner.plan(target, host, Planner.Use.DESCRIBE).environment();
  }

  @Override
  public BuildHost soleHost(String operation) {
    return host;
  }

  @Override
  public BuildHost configHost() {
    return host;
  }

  @Override
  public BuildHost tasksHost() {
    return isThisMachine() ? host : BuildHosts.local();
  }

  @Override
  public DebugStarter.Where debugTarget(Target target) {
    if (host instanceof DebugHost d) {
      return new DebugStarter.Where(host, d, isThisMachine());
    }
    throw new DebugException(
        String.format(
            "%s cannot run Delve: debug on this machine or on an SSH build host.", host.name()),
        target,
        host.name());
  }

  @Override
  public Optional<String> remoteDebugHost() {
    return host instanceof DebugHost && !isThisMachine()
        ? Optional.of(host.name())
        : Optional.empty();
  }

  private boolean isThisMachine() {
    return host instanceof LocalBuildHost;
  }
}
