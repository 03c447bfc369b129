package io.github.gocrossbuild.internal.plan;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.CgoDecision;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import io.github.gocrossbuild.internal.BoundedCache;
import io.github.gocrossbuild.internal.env.ModuleSources;
import io.github.gocrossbuild.spi.HostEnvironment;
import io.github.gocrossbuild.spi.Toolchain;
import java.util.List;
import java.util.Optional;

/**
 * Remembers the last few build environments, so that a warm rebuild with the same inputs does not
 * explain every Go variable again.
 *
 * <p>Resolving the environment is the largest part of the library's own work in a warm {@code
 * run()} (about two thirds of its CPU time, measured with JFR). The result depends only on values
 * that are compared in full here: the spec, the target, the toolchain (its {@code go env} answers
 * and file identity), the host's environment (process variables and the go env files' contents,
 * read anew for every build) and the cgo decision; and, only when Go's own rule turns cgo off, the
 * module's Go files, since the finding about cgo files dropped by a cross build lists them ({@link
 * ModuleSources#fingerprint}: no file stat at all for a build that says {@code noCgo()} or {@code
 * cgo()}). A change to any of them is a new key, so a cached answer is never stale; the cache only
 * saves recomputing an identical one.
 */
final class ResolvedEnvMemo {
  /** Enough for a matrix of a dozen targets on a couple of hosts; each entry is a few KB. */
  private static final int CAPACITY = 32;

  private record Key(
      BuildSpec spec,
      Target target,
      Toolchain toolchain,
      HostEnvironment host,
      CgoDecision cgo,
      Optional<String> sources) {}

  /** Environments keyed on {@link Key}: every input of {@link BuildEnvironment#resolve}. */
  private static final BoundedCache<Key, ResolvedEnv> CACHE =
      BoundedCache.create("ResolvedEnvMemo.environments", CAPACITY);

  private ResolvedEnvMemo() {}

  /**
   * Returns the environment of one target's build, resolved once per distinct set of inputs.
   *
   * @param spec the spec
   * @param target the target
   * @param toolchain the toolchain
   * @param host the host's environment
   * @param cgo the cgo decision
   * @param flags the planned {@code go build} flags (made from the spec and the cgo decision, so
   *     not part of the key)
   * @return the environment, equal to {@link BuildEnvironment#resolve} of the same inputs
   */
  static ResolvedEnv resolve(
      BuildSpec spec,
      Target target,
      Toolchain toolchain,
      HostEnvironment host,
      CgoDecision cgo,
      List<String> flags) {
    Optional<String> sources =
        cgo.layer() == EnvLayer.GO_DEFAULT && !cgo.enabled()
            ? Optional.of(ModuleSources.fingerprint(spec.moduleDir()))
            : Optional.empty();
    return CACHE.get(
        new Key(spec, target, toolchain, host, cgo, sources),
        k -> BuildEnvironment.resolve(spec, target, toolchain, host, cgo, flags));
  }
}
