package io.github.gocrossbuild;

import io.github.gocrossbuild.internal.placement.PoolPlacement;
import io.github.gocrossbuild.spi.BuildHost;
import java.util.List;

/**
 * Several build hosts that share a matrix. A pool places builds, it does not build: give it to
 * {@link GoCrossBuilder#on(BuildPool)}. Made by {@link BuildHosts#pool(BuildHost...)}.
 *
 * <pre>{@code
 * try (BuildPool pool = BuildHosts.pool(BuildHosts.local(), SshBuildHost.connect(arm64))) {
 *   List<BuildResult> all = GoCrossBuild.targets(targets).noCgo().on(pool).runAll();
 * }
 * }</pre>
 *
 * <p>Each target goes to a host that can build it (a cgo target without a known cross compiler, or
 * a smoke test this machine cannot run, needs a host of the target's platform), otherwise where it
 * is expected to finish first: each host's time per build, learnt over the pool's life, times the
 * rounds it waits for one of its {@link BuildHost#buildSlots()}. A target no host can build fails
 * the run before anything is built ({@link NoSuitableHostException}). A host that fails with a
 * connection or transfer error ({@link io.github.gocrossbuild.spi.HostTransportFailure}) is down
 * for the rest of the run and its target moves to another host ({@link BuildEvent.Failover});
 * compile errors are not retried. A pool is thread-safe.
 */
public final class BuildPool implements AutoCloseable {
  private final PoolPlacement placement;

  BuildPool(List<BuildHost> hosts) {
    this.placement = new PoolPlacement(hosts);
  }

  /**
   * Returns the pool's hosts.
   *
   * @return the hosts, in order of preference when they are equally busy
   */
  public List<BuildHost> hosts() {
    return placement.hosts();
  }

  /**
   * Returns the pool's name, as events and messages show it.
   *
   * @return {@code pool(<host>, <host>, ...)}
   */
  public String name() {
    return placement.name();
  }

  /** The placement builders on this pool share, with the host timings it has learnt. */
  PoolPlacement placement() {
    return placement;
  }

  /** Closes every host of the pool; the first failure is thrown, the others suppressed in it. */
  @Override
  public void close() {
    placement.close();
  }

  @Override
  public String toString() {
    return name();
  }
}
