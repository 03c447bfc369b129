package io.github.gocrossbuild.internal.pool;

import io.github.gocrossbuild.BuildListener;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.build.MatrixRunner;
import io.github.gocrossbuild.internal.build.ResultBuilder;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.spi.HostBuildOutcome;
import io.github.gocrossbuild.spi.HostBuildRequest;
import io.github.gocrossbuild.spi.HostEnvironment;
import io.github.gocrossbuild.spi.Toolchain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Several hosts that behave as one: {@code GoCrossBuilder} hands whole target builds to {@link
 * #runAll}, which places every target before building any, then builds them with failover. As a
 * plain {@link BuildHost} (explaining the environment) it answers for its first host.
 */
public final class HostPool implements BuildHost {
  private final List<BuildHost> hosts;
  private final HostTimings timings;

  /**
   * Creates a pool; pools given as members are flattened into their hosts.
   *
   * @param hosts the hosts, in order of preference
   */
  public HostPool(List<BuildHost> hosts) {
    List<BuildHost> flat = new ArrayList<>();
    for (BuildHost h : hosts) {
      if (h instanceof HostPool p) {
        flat.addAll(p.hosts);
      } else {
        flat.add(h);
      }
    }
    this.hosts = List.copyOf(flat);
    this.timings = new HostTimings(this.hosts.size());
  }

  /**
   * Builds every target on the pool.
   *
   * @param spec what to build
   * @param listener who listens
   * @param results makes each result's builder
   * @return the results, in request order
   * @throws io.github.gocrossbuild.NoSuitableHostException before any build, when a target has no
   *     host that can build it
   * @throws io.github.gocrossbuild.MatrixBuildException when any target failed
   */
  public List<BuildResult> runAll(
      BuildSpec spec, BuildListener listener, Supplier<ResultBuilder> results) {
    PoolRun run = new PoolRun(hosts, timings);
    PooledBuild build = new PooledBuild(spec, run, listener, results);
    Map<Target, List<Integer>> placed = new LinkedHashMap<>();
    for (Target t : spec.targets()) {
      placed.put(t, build.suitableHosts(t));
    }
    int threads = Math.max(spec.concurrency(), run.totalSlots());
    return MatrixRunner.runAll(t -> build.build(t, placed.get(t)), spec.targets(), threads);
  }

  /**
   * Builds the spec's one target on the pool.
   *
   * @param spec what to build
   * @param listener who listens
   * @param results makes the result's builder
   * @return the result
   */
  public BuildResult run(BuildSpec spec, BuildListener listener, Supplier<ResultBuilder> results) {
    PooledBuild build = new PooledBuild(spec, new PoolRun(hosts, timings), listener, results);
    Target target = spec.targets().get(0);
    return build.build(target, build.suitableHosts(target));
  }

  @Override
  public String name() {
    return hosts.stream().map(BuildHost::name).collect(Collectors.joining(", ", "pool(", ")"));
  }

  @Override
  public Optional<Target> platform() {
    return Optional.empty();
  }

  @Override
  public int buildSlots() {
    return hosts.stream().mapToInt(BuildHost::buildSlots).sum();
  }

  @Override
  public Toolchain toolchain(Optional<String> goCommand, Map<String, String> extraEnv) {
    return hosts.get(0).toolchain(goCommand, extraEnv);
  }

  @Override
  public HostEnvironment environment(Toolchain toolchain) {
    return hosts.get(0).environment(toolchain);
  }

  @Override
  public HostBuildOutcome build(HostBuildRequest request) {
    throw new UnsupportedOperationException(
        "a pool places whole builds, not go build commands: use GoCrossBuilder.on(pool)");
  }

  @Override
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
