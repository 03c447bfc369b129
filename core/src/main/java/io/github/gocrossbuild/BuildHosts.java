package io.github.gocrossbuild;

import io.github.gocrossbuild.internal.pool.HostPool;
import io.github.gocrossbuild.spi.BuildHost;
import java.util.List;
import java.util.Objects;

/**
 * Where builds run: this machine, or a pool of hosts that share a matrix.
 *
 * <pre>{@code
 * try (SshBuildHost arm = SshBuildHost.connect(armHost);
 *     SshBuildHost x86 = SshBuildHost.connect(x86Host)) {
 *   List<BuildResult> all = GoCrossBuild.targets(targets)
 *       .noCgo()
 *       .on(BuildHosts.pool(BuildHosts.local(), arm, x86))
 *       .runAll();
 * }
 * }</pre>
 */
public final class BuildHosts {

  private BuildHosts() {}

  /**
   * Returns the host that runs {@code go} on this machine.
   *
   * @return the local host
   */
  public static BuildHost local() {
    return BuildHost.local();
  }

  /**
   * Returns a pool of hosts that behaves as one host: each target goes to a host that can build it
   * (a cgo target without a known cross compiler, or a smoke test this machine cannot run, needs a
   * host of the target's platform), otherwise to the host with the fewest builds in flight, each
   * host taking at most {@link BuildHost#buildSlots()} at once. A target no host can build fails
   * the run before anything is built ({@link NoSuitableHostException}). A host that fails with a
   * connection or transfer error ({@link io.github.gocrossbuild.spi.HostTransportFailure}) is down
   * for the rest of the run and its target moves to another host ({@link BuildEvent.Failover});
   * compile errors are not retried. Closing the pool closes its hosts.
   *
   * @param hosts one or more hosts, in order of preference when they are equally busy
   * @return the pool
   */
  public static BuildHost pool(BuildHost... hosts) {
    Objects.requireNonNull(hosts, "hosts");
    if (hosts.length == 0) {
      throw new IllegalArgumentException("hosts: a pool needs at least one host");
    }
    for (BuildHost h : hosts) {
      Objects.requireNonNull(h, "hosts: null host");
    }
    return new HostPool(List.of(hosts));
  }
}
