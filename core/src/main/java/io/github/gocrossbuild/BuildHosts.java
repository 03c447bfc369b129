package io.github.gocrossbuild;

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
   * Returns a pool of hosts that share a matrix: see {@link BuildPool} for how targets are placed.
   * Closing the pool closes its hosts.
   *
   * @param hosts one or more hosts, in order of preference when they are equally busy
   * @return the pool
   */
  public static BuildPool pool(BuildHost... hosts) {
    Objects.requireNonNull(hosts, "hosts");
    if (hosts.length == 0) {
      throw new IllegalArgumentException("hosts: a pool needs at least one host");
    }
    for (BuildHost h : hosts) {
      Objects.requireNonNull(h, "hosts: null host");
    }
    return new BuildPool(List.of(hosts));
  }
}
