package io.github.gocrossbuild.internal.placement;

import io.github.gocrossbuild.GoCrossBuildException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.spi.HostTransportFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The state of a pool during one run: each host's platform and build slots (learnt once), builds in
 * flight, and the hosts that went down. A host that is down stays down until the run ends.
 *
 * <p>A target goes to the suitable host where it is expected to finish first: the host's time per
 * build (from earlier builds, {@link HostTimings}) times the rounds it must wait for a slot. Before
 * any host is measured this is the host with the fewest builds in flight for its slots.
 */
final class PoolRun {
  private final List<BuildHost> hosts;
  private final HostTimings timings;
  private final List<Optional<Target>> platforms = new ArrayList<>();
  private final int[] slots;
  private final int[] inFlight;
  private final String[] down;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition freed = lock.newCondition();

  /** A host handed to one build; release it when the build ends. */
  record Lease(int index, BuildHost host, String reason) {}

  PoolRun(List<BuildHost> hosts, HostTimings timings) {
    this.hosts = hosts;
    this.timings = timings;
    this.slots = new int[hosts.size()];
    this.inFlight = new int[hosts.size()];
    this.down = new String[hosts.size()];
    for (int i = 0; i < hosts.size(); i++) {
      BuildHost h = hosts.get(i);
      Optional<Target> platform = Optional.empty();
      try {
        platform = h.platform();
        slots[i] = Math.max(1, h.buildSlots());
      } catch (RuntimeException e) {
        if (!(e instanceof HostTransportFailure)) {
          throw e;
        }
        slots[i] = 1;
        down[i] = e.getMessage();
      }
      platforms.add(platform);
    }
  }

  int size() {
    return hosts.size();
  }

  BuildHost host(int i) {
    return hosts.get(i);
  }

  Optional<Target> platform(int i) {
    return platforms.get(i);
  }

  Optional<String> downReason(int i) {
    lock.lock();
    try {
      return Optional.ofNullable(down[i]);
    } finally {
      lock.unlock();
    }
  }

  /** Returns the host's name with its platform, e.g. {@code local (linux/amd64)}. */
  String describe(int i) {
    return hosts.get(i).name() + platforms.get(i).map(p -> " (" + p + ")").orElse("");
  }

  /** Returns the builds all hosts take at once. */
  int totalSlots() {
    int n = 0;
    for (int s : slots) {
      n += s;
    }
    return n;
  }

  /**
   * Waits for a slot on the suitable host, up, where a build is expected to finish first.
   *
   * @param suitable the indexes of hosts that can build the target
   * @return the lease, or empty when every suitable host is down
   */
  Optional<Lease> acquire(List<Integer> suitable) {
    lock.lock();
    try {
      while (true) {
        int best = -1;
        double bestFinish = 0;
        double assumed = timings.assumed();
        for (int i : suitable) {
          if (down[i] != null) {
            continue;
          }
          double finish =
              (inFlight[i] / slots[i] + 1) * timings.perBuild(i).orElse(assumed)
                  + (double) inFlight[i] / slots[i] / 1000;
          if (best < 0 || finish < bestFinish) {
            best = i;
            bestFinish = finish;
          }
        }
        if (best < 0) {
          return Optional.empty();
        }
        if (inFlight[best] < slots[best]) {
          String reason = reason(best, suitable.size());
          inFlight[best]++;
          return Optional.of(new Lease(best, hosts.get(best), reason));
        }
        freed.await();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GoCrossBuildException("interrupted while waiting for a build host", e);
    } finally {
      lock.unlock();
    }
  }

  private String reason(int host, int suitable) {
    String busy =
        String.format(
            "%d of %d slots busy among %d suitable host(s)", inFlight[host], slots[host], suitable);
    return timings.perBuild(host).stream()
        .mapToObj(ms -> String.format("expected to finish first (%.0f ms per build), %s", ms, busy))
        .findFirst()
        .orElse("fewest builds in flight, " + busy);
  }

  /**
   * Records a successful build's time on its host, for the placement of later builds.
   *
   * @param lease the lease the build ran under
   * @param nanos how long it took
   */
  void succeeded(Lease lease, long nanos) {
    timings.record(lease.index(), nanos);
  }

  void release(Lease lease) {
    lock.lock();
    try {
      inFlight[lease.index()]--;
      freed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  void markDown(int i, String reason) {
    lock.lock();
    try {
      if (down[i] == null) {
        down[i] = reason;
      }
      freed.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
