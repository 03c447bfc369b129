package io.github.gocrossbuild.internal.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.gocrossbuild.BuildHosts;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.spi.BuildHost;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Tests for {@link PoolRun}: where a build goes once the hosts' speeds are known. */
class PoolRunTest {
  private final BuildHost fast = new TestHost(BuildHosts.local(), "fast", 1, Target.current(), 99);
  private final BuildHost slow = new TestHost(BuildHosts.local(), "slow", 1, Target.current(), 99);

  @Test
  void shouldWaitForTheFastHostRatherThanTakeTheSlowFreeOne() throws Exception {
    HostTimings timings = new HostTimings(2);
    timings.record(0, TimeUnit.MILLISECONDS.toNanos(40));
    timings.record(1, TimeUnit.MILLISECONDS.toNanos(350));
    PoolRun run = new PoolRun(List.of(fast, slow), timings);

    PoolRun.Lease first = run.acquire(List.of(0, 1)).orElseThrow();
    CompletableFuture<Optional<PoolRun.Lease>> second =
        CompletableFuture.supplyAsync(() -> run.acquire(List.of(0, 1)));
    Thread.sleep(200);
    assertThat(second).isNotDone();
    run.release(first);
    PoolRun.Lease next = second.get(5, TimeUnit.SECONDS).orElseThrow();

    assertThat(first.host().name()).isEqualTo("fast");
    assertThat(next.host().name()).isEqualTo("fast");
    assertThat(next.reason())
        .isEqualTo(
            "expected to finish first (40 ms per build), 0 of 1 slots busy among 2 suitable"
                + " host(s)");
  }

  @Test
  void shouldTakeTheSlowHostWhenWaitingForTheFastOneWouldTakeLonger() {
    HostTimings timings = new HostTimings(2);
    timings.record(0, TimeUnit.MILLISECONDS.toNanos(300));
    timings.record(1, TimeUnit.MILLISECONDS.toNanos(400));
    PoolRun run = new PoolRun(List.of(fast, slow), timings);

    PoolRun.Lease first = run.acquire(List.of(0, 1)).orElseThrow();
    PoolRun.Lease second = run.acquire(List.of(0, 1)).orElseThrow();

    assertThat(first.host().name()).isEqualTo("fast");
    assertThat(second.host().name()).isEqualTo("slow");
  }

  @Test
  void shouldAssumeTheMeanTimeForAHostNotMeasuredYet() {
    HostTimings timings = new HostTimings(3);
    timings.record(0, TimeUnit.MILLISECONDS.toNanos(100));
    timings.record(1, TimeUnit.MILLISECONDS.toNanos(300));

    assertThat(timings.assumed()).isEqualTo(200.0);
    assertThat(timings.perBuild(2)).isEmpty();
    timings.record(0, TimeUnit.MILLISECONDS.toNanos(200));
    assertThat(timings.perBuild(0).getAsDouble()).isCloseTo(130.0, within(1e-9));
  }
}
