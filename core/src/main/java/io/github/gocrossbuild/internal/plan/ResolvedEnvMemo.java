package io.github.gocrossbuild.internal.plan;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.CgoDecision;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.spi.HostEnvironment;
import io.github.gocrossbuild.spi.Toolchain;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the last few build environments, so that a warm rebuild with the same inputs does not
 * explain every Go variable again.
 *
 * <p>Resolving the environment is the largest part of the library's own work in a warm {@code
 * run()} (about two thirds of its CPU time, measured with JFR). The result depends only on values
 * that are compared in full here: the spec, the target, the toolchain (its {@code go env} answers
 * and file identity), the host's environment (process variables and the go env files' contents,
 * read anew for every build) and the cgo decision. A change to any of them is a new key, so a
 * cached answer is never stale; the cache only saves recomputing an identical one.
 */
final class ResolvedEnvMemo {
  /** Enough for a matrix of a dozen targets on a couple of hosts; each entry is a few KB. */
  private static final int CAPACITY = 32;

  private record Key(
      BuildSpec spec, Target target, Toolchain toolchain, HostEnvironment host, CgoDecision cgo) {}

  private static final Map<Key, ResolvedEnv> CACHE =
      new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ResolvedEnv> eldest) {
          return size() > CAPACITY;
        }
      };

  private ResolvedEnvMemo() {}

  /**
   * Returns the environment of one target's build, resolved once per distinct set of inputs.
   *
   * @param spec the spec
   * @param target the target
   * @param toolchain the toolchain
   * @param host the host's environment
   * @param cgo the cgo decision
   * @return the environment, equal to {@link BuildEnvironment#resolve} of the same inputs
   */
  static ResolvedEnv resolve(
      BuildSpec spec, Target target, Toolchain toolchain, HostEnvironment host, CgoDecision cgo) {
    Key key = new Key(spec, target, toolchain, host, cgo);
    synchronized (CACHE) {
      ResolvedEnv hit = CACHE.get(key);
      if (hit != null) {
        return hit;
      }
    }
    // Resolved outside the lock: matrix builds resolve their targets in parallel.
    ResolvedEnv env = BuildEnvironment.resolve(spec, target, toolchain, host, cgo);
    synchronized (CACHE) {
      CACHE.put(key, env);
    }
    return env;
  }
}
