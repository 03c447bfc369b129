package io.github.gocrossbuild.internal.placement;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.NoSuitableHostException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.build.BuildRunner;
import io.github.gocrossbuild.spi.HostTransportFailure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds one target on a pool: takes the suitable host where it should finish first, and when that
 * host fails with a transport error marks it down and moves the target to the next suitable host,
 * saying so in a {@link BuildEvent.Failover}. Other failures end the target's build.
 */
final class PooledBuild {
  private final BuildRunner runner;
  private final BuildSpec spec;
  private final PoolRun run;

  PooledBuild(BuildRunner runner, PoolRun run) {
    this.runner = runner;
    this.spec = runner.planner().spec();
    this.run = run;
  }

  /**
   * Returns the hosts that can build a target, or throws naming what each host lacks.
   *
   * @param target the target
   * @return the indexes of suitable hosts that are up
   * @throws NoSuitableHostException when there is none
   */
  List<Integer> suitableHosts(Target target) {
    List<Integer> suitable = new java.util.ArrayList<>();
    Map<String, String> lacking = new LinkedHashMap<>();
    for (int i = 0; i < run.size(); i++) {
      Optional<String> down = run.downReason(i);
      Optional<String> lack =
          down.isPresent()
              ? Optional.of("a connection (" + down.get() + ")")
              : HostFit.lacks(run.host(i), run.platform(i), target, spec);
      if (lack.isPresent()) {
        lacking.put(run.describe(i), lack.get());
      } else {
        suitable.add(i);
      }
    }
    if (suitable.isEmpty()) {
      throw new NoSuitableHostException(target, lacking);
    }
    return List.copyOf(suitable);
  }

  BuildResult build(Target target, List<Integer> suitable) {
    PoolRun.Lease lease = run.acquire(suitable).orElseThrow(() -> noneLeft(target, suitable));
    String why =
        HostFit.needsOwnPlatform(target, spec)
            ? "needs a host that can build or run " + target + "; " + lease.reason()
            : lease.reason();
    emit(new BuildEvent.Routed(target, lease.host().name(), why));
    while (true) {
      RuntimeException transport;
      try {
        return attempt(lease, target);
      } catch (RuntimeException e) {
        if (!(e instanceof HostTransportFailure)) {
          throw e;
        }
        transport = e;
      }
      run.markDown(lease.index(), transport.getMessage());
      Optional<PoolRun.Lease> next = run.acquire(suitable);
      if (next.isEmpty()) {
        throw transport;
      }
      String from = lease.host().name();
      lease = next.get();
      emit(new BuildEvent.Failover(target, from, lease.host().name(), transport.getMessage()));
      emit(
          new BuildEvent.Routed(
              target, lease.host().name(), "failover from " + from + "; " + lease.reason()));
    }
  }

  private BuildResult attempt(PoolRun.Lease lease, Target target) {
    long start = System.nanoTime();
    try {
      BuildResult result = runner.run(target, lease.host());
      run.succeeded(lease, System.nanoTime() - start);
      return result;
    } finally {
      run.release(lease);
    }
  }

  private NoSuitableHostException noneLeft(Target target, List<Integer> suitable) {
    Map<String, String> lacking = new LinkedHashMap<>();
    for (int i : suitable) {
      lacking.put(run.describe(i), "a connection (" + run.downReason(i).orElse("down") + ")");
    }
    return new NoSuitableHostException(target, lacking);
  }

  private void emit(BuildEvent event) {
    runner.announce(event);
  }
}
