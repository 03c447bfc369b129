package io.github.gocrossbuild.internal.build;

import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.GoCrossBuildException;
import io.github.gocrossbuild.MatrixBuildException;
import io.github.gocrossbuild.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Builds several targets with bounded concurrency; every target runs to its end even when others
 * fail, and results come back in request order.
 */
public final class MatrixRunner {

  private MatrixRunner() {}

  /**
   * Builds every target, each with the given function (a pool's placing build, for one).
   *
   * @param build builds one target
   * @param targets the targets, in request order
   * @param concurrency how many build at once
   * @return the results, in request order
   * @throws MatrixBuildException when any target failed, with every outcome
   */
  public static List<BuildResult> runAll(
      Function<Target, BuildResult> build, List<Target> targets, int concurrency) {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(concurrency, targets.size()),
            r -> {
              Thread t = new Thread(r, "gocrossbuild-matrix-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<BuildResult>> futures = new ArrayList<>();
      for (Target t : targets) {
        futures.add(pool.submit(() -> build.apply(t)));
      }
      List<MatrixBuildException.Outcome> outcomes = new ArrayList<>();
      boolean failed = false;
      for (int i = 0; i < targets.size(); i++) {
        try {
          outcomes.add(
              new MatrixBuildException.Outcome(targets.get(i), futures.get(i).get(), null));
        } catch (ExecutionException e) {
          failed = true;
          Throwable cause = e.getCause();
          RuntimeException failure =
              cause instanceof RuntimeException
                  ? (RuntimeException) cause
                  : new GoCrossBuildException(
                      "build of " + targets.get(i) + " failed: " + cause, cause);
          outcomes.add(new MatrixBuildException.Outcome(targets.get(i), null, failure));
        }
      }
      if (failed) {
        throw new MatrixBuildException(outcomes);
      }
      List<BuildResult> results = new ArrayList<>();
      outcomes.forEach(o -> results.add(o.result().orElseThrow()));
      return results;
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
      throw new GoCrossBuildException("interrupted while building " + targets, e);
    } finally {
      pool.shutdownNow();
    }
  }
}
