package io.github.gocrossbuild.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Tests for {@link BoundedCache}. */
class BoundedCacheTest {
  private final List<String> loaded = new ArrayList<>();

  private String load(String key) {
    synchronized (loaded) {
      loaded.add(key);
    }
    return key.toUpperCase();
  }

  @Test
  void shouldComputeAValueOnceAndReturnTheKeptOne() {
    BoundedCache<String, String> cache = BoundedCache.create("test.once", 4);

    assertThat(cache.get("a", this::load)).isEqualTo("A");
    assertThat(cache.get("a", this::load)).isEqualTo("A");

    assertThat(loaded).containsExactly("a");
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void shouldReplaceAValueThatIsPutAndStillEvictBeyondTheMaximum() {
    BoundedCache<String, String> cache = BoundedCache.create("test.put", 2);
    cache.put("a", "1");
    cache.put("a", "2");
    cache.put("b", "3");
    cache.put("c", "4");

    assertThat(cache.peek("a")).isEmpty();
    assertThat(cache.peek("b")).contains("3");
    assertThat(cache.get("c", k -> "computed")).isEqualTo("4");
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void shouldEvictTheLeastRecentlyUsedEntryBeyondTheMaximum() {
    BoundedCache<String, String> cache = BoundedCache.create("test.lru", 2);
    cache.get("a", this::load);
    cache.get("b", this::load);
    cache.get("a", this::load);

    cache.get("c", this::load);

    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.peek("a")).contains("A");
    assertThat(cache.peek("b")).isEmpty();
    assertThat(cache.peek("c")).contains("C");
    cache.get("b", this::load);
    assertThat(loaded).containsExactly("a", "b", "c", "b");
  }

  @Test
  void shouldKeepNothingWhenTheLoaderThrowsAndTryAgainNextTime() {
    BoundedCache<String, String> cache = BoundedCache.create("test.failure", 4);
    IllegalStateException boom = new IllegalStateException("boom");

    assertThatThrownBy(
            () ->
                cache.get(
                    "a",
                    k -> {
                      throw boom;
                    }))
        .isSameAs(boom);

    assertThat(cache.size()).isZero();
    assertThat(cache.peek("a")).isEmpty();
    assertThat(cache.get("a", this::load)).isEqualTo("A");
  }

  @Test
  void shouldComputeOnceForThreadsAskingTheSameKeyAtOnce() throws Exception {
    BoundedCache<String, String> cache = BoundedCache.create("test.concurrent", 4);
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<String> first =
          pool.submit(
              () ->
                  cache.get(
                      "k",
                      counting(
                          calls,
                          "v",
                          () -> {
                            started.countDown();
                            await(release);
                          })));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      AtomicReference<Thread> waiter = new AtomicReference<>();
      Future<String> second =
          pool.submit(
              () -> {
                waiter.set(Thread.currentThread());
                return cache.get("k", counting(calls, "other", () -> {}));
              });
      // The second caller waits for the first one's answer instead of computing its own.
      while (waiter.get() == null || waiter.get().getState() != Thread.State.WAITING) {
        Thread.sleep(5);
      }
      assertThat(cache.peek("k")).isEmpty();
      release.countDown();

      assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("v");
      assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("v");
      assertThat(calls.get()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Function<String, String> counting(
      AtomicInteger calls, String value, Runnable during) {
    return k -> {
      calls.incrementAndGet();
      during.run();
      return value;
    };
  }

  @Test
  void shouldForgetEverythingOnClear() {
    BoundedCache<String, String> cache = BoundedCache.create("test.clear", 4);
    cache.get("a", this::load);

    cache.clear();

    assertThat(cache.size()).isZero();
    assertThat(cache.get("a", this::load)).isEqualTo("A");
    assertThat(loaded).containsExactly("a", "a");
  }

  @Test
  void shouldRefuseANullValueAndASizeBelowOne() {
    BoundedCache<String, String> cache = BoundedCache.create("test.null", 4);

    assertThatThrownBy(() -> cache.get("a", k -> null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("test.null");
    assertThat(cache.size()).isZero();
    assertThatThrownBy(() -> BoundedCache.create("test.empty", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxSize: 0 is below 1");
    assertThat(cache).hasToString("BoundedCache[test.null, 0 of 4]");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
