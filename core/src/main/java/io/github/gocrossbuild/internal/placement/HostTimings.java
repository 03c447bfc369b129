package io.github.gocrossbuild.internal.placement;

import java.util.OptionalDouble;

/**
 * How long each host of a pool has taken per build, kept for the pool's whole life so that later
 * runs place targets where they finish first. A moving average (the last builds weigh most) of
 * successful builds only: a compile error or a dropped connection says nothing about speed.
 */
final class HostTimings {
  /** Weight of the newest build in the moving average. */
  private static final double NEWEST = 0.3;

  private final double[] millis;

  HostTimings(int hosts) {
    this.millis = new double[hosts];
  }

  /**
   * Records one successful build.
   *
   * @param host the host's index
   * @param nanos how long the build took on it
   */
  synchronized void record(int host, long nanos) {
    double ms = nanos / 1e6;
    millis[host] = millis[host] == 0 ? ms : NEWEST * ms + (1 - NEWEST) * millis[host];
  }

  /**
   * Returns the host's time per build.
   *
   * @param host the host's index
   * @return milliseconds, or empty before its first successful build
   */
  synchronized OptionalDouble perBuild(int host) {
    return millis[host] == 0 ? OptionalDouble.empty() : OptionalDouble.of(millis[host]);
  }

  /**
   * Returns the time per build assumed for a host not measured yet: the mean of the measured ones,
   * so that a new host is neither avoided nor preferred.
   *
   * @return milliseconds; 1 when no host is measured (then only the builds in flight count)
   */
  synchronized double assumed() {
    double sum = 0;
    int n = 0;
    for (double m : millis) {
      if (m > 0) {
        sum += m;
        n++;
      }
    }
    return n == 0 ? 1 : sum / n;
  }
}
