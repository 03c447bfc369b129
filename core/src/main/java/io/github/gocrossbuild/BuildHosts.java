package io.github.gocrossbuild;

import io.github.gocrossbuild.internal.local.LocalBuildHost;
import io.github.gocrossbuild.spi.BuildHost;
import java.util.List;
import java.util.Map;
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
    return LocalBuildHost.instance();
  }

  /**
   * Returns a host that runs {@code go} on this machine with the given process environment instead
   * of the JVM's; useful for reproducible builds and to see what a stray variable does.
   *
   * @param environment the complete environment {@code go} inherits (PATH and HOME included)
   * @return the local host
   */
  public static BuildHost local(Map<String, String> environment) {
    return LocalBuildHost.withEnvironment(environment);
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
