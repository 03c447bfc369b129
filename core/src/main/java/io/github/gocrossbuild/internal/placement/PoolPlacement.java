package io.github.gocrossbuild.internal.placement;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.DebugException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.internal.build.BuildRunner;
import io.github.gocrossbuild.internal.build.MatrixRunner;
import io.github.gocrossbuild.internal.debug.DebugStarter;
import io.github.gocrossbuild.internal.plan.Planner;
import io.github.gocrossbuild.spi.BuildHost;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Several hosts that share a matrix: every target is placed before any builds, then each builds on
 * the host where it is expected to finish first, moving to another suitable host when its host
 * drops. The timings learnt live as long as the pool, so later runs place better.
 */
public final class PoolPlacement implements Placement {
  private final List<BuildHost> hosts;
  private final HostTimings timings;

  /**
   * Creates a pool placement.
   *
   * @param hosts the hosts, in order of preference when they are equally busy
   */
  public PoolPlacement(List<BuildHost> hosts) {
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException("hosts: a pool needs at least one host");
    }
    this.hosts = List.copyOf(hosts);
    this.timings = new HostTimings(this.hosts.size());
  }

  /**
   * Returns the pool's hosts.
   *
   * @return the hosts, in order of preference
   */
  public List<BuildHost> hosts() {
    return hosts;
  }

  /**
   * Returns the pool's name.
   *
   * @return {@code pool(<host>, <host>, ...)}
   */
  public String name() {
    return hosts.stream().map(BuildHost::name).collect(Collectors.joining(", ", "pool(", ")"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws io.github.gocrossbuild.NoSuitableHostException before any build, when a target has no
   *     host that can build it
   */
  @Override
  public List<BuildResult> runAll(BuildRunner runner, List<Target> targets, int concurrency) {
    PoolRun run = new PoolRun(hosts, timings);
    PooledBuild build = new PooledBuild(runner, run);
    Map<Target, List<Integer>> placed = new LinkedHashMap<>();
    for (Target t : targets) {
      placed.put(t, build.suitableHosts(t));
    }
    int threads = Math.max(concurrency, run.totalSlots());
    return MatrixRunner.runAll(t -> build.build(t, placed.get(t)), targets, threads);
  }

  @Override
  public BuildResult run(BuildRunner runner, Target target) {
    PooledBuild build = new PooledBuild(runner, new PoolRun(hosts, timings));
    return build.build(target, build.suitableHosts(target));
  }

  @Override
  public ResolvedEnv explain(Planner planner, Target target) {
    return planner.plan(target, hosts.get(0), Planner.Use.DESCRIBE).environment();
  }

  @Override
  public BuildHost soleHost(String operation) {
    throw new IllegalArgumentException(
        operation + " compares two hosts; give it single hosts, not pools");
  }

  @Override
  public BuildHost configHost() {
    return BuildHosts.local();
  }

  @Override
  public BuildHost tasksHost() {
    return BuildHosts.local();
  }

  @Override
  public DebugStarter.Where debugTarget(Target target) {
    throw new DebugException(
        String.format(
            "%s cannot run Delve: debug on this machine or on an SSH build host.", name()),
        target,
        name());
  }

  @Override
  public Optional<String> remoteDebugHost() {
    return Optional.empty();
  }

  /** Closes every host, all of them even when one fails; the first failure is thrown. */
  public void close() {
    RuntimeException first = null;
    for (BuildHost h : hosts) {
      try {
        h.close();
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  @Override
  public String toString() {
    return name();
  }
}
