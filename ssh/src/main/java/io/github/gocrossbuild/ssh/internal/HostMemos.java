package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.BoundedCache;
import io.github.gocrossbuild.spi.CCompiler;
import io.github.gocrossbuild.spi.HostEnvironment;
import io.github.gocrossbuild.spi.TargetTable;
import io.github.gocrossbuild.spi.Toolchain;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What one SSH connection remembers about its host, so a warm build costs no extra round trips:
 * toolchains, build environments, target tables and checked C compilers, each in a {@link
 * BoundedCache} with its key stated here. {@code LibraryCaches.clearAll()} forgets them.
 */
public final class HostMemos {
  /** Toolchains, keyed on the go command asked for and the extra environment (sorted). */
  private final BoundedCache<String, Toolchain> toolchains =
      BoundedCache.create("SshBuildHost.toolchains", 16);

  /**
   * Build environments, keyed on the toolchain's go command and how it was found. The host's go env
   * files are read once per entry, not per build (that would be a round trip each): an edit there
   * is seen after reconnecting or {@code LibraryCaches.clearAll()}.
   */
  private final BoundedCache<String, HostEnvironment> environments =
      BoundedCache.create("SshBuildHost.environments", 16);

  /** Target tables ({@code go tool dist list}), keyed on the toolchain's go command. */
  private final BoundedCache<String, Optional<TargetTable>> targetTables =
      BoundedCache.create("SshBuildHost.targetTables", 8);

  /** Checked C compilers, keyed on the target, the compiler asked for and the linking. */
  private final BoundedCache<String, CCompiler> compilers =
      BoundedCache.create("SshBuildHost.compilers", 32);

  /** The host facts: gathered once per connection, as they describe the host, not a build. */
  private final AtomicReference<HostFacts> facts = new AtomicReference<>();

  /**
   * Returns the host facts, gathering them the first time.
   *
   * @param gather probes the host
   * @return the facts
   */
  public HostFacts facts(Supplier<HostFacts> gather) {
    HostFacts f = facts.get();
    if (f == null) {
      synchronized (facts) {
        f = facts.get();
        if (f == null) {
          f = gather.get();
          facts.set(f);
        }
      }
    }
    return f;
  }

  /**
   * Returns the toolchain for a request, locating it the first time.
   *
   * @param goCommand the go command asked for, or empty
   * @param extraEnv the build's extra variables
   * @param locate finds the toolchain on the host
   * @return the toolchain
   */
  public Toolchain toolchain(
      Optional<String> goCommand, Map<String, String> extraEnv, Supplier<Toolchain> locate) {
    return toolchains.get(goCommand.orElse("") + "\0" + new TreeMap<>(extraEnv), k -> locate.get());
  }

  /**
   * Returns a toolchain's build environment, reading it the first time.
   *
   * @param toolchain the toolchain
   * @param read reads the environment on the host
   * @return the environment
   */
  public HostEnvironment environment(Toolchain toolchain, Supplier<HostEnvironment> read) {
    return environments.get(toolchain.goCommand() + "\0" + toolchain.foundBy(), k -> read.get());
  }

  /**
   * Returns a toolchain's target table, asking the host the first time.
   *
   * @param toolchain the toolchain
   * @param ask runs {@code go tool dist list} on the host
   * @return the table, or empty when the host could not tell
   */
  public Optional<TargetTable> targetTable(
      Toolchain toolchain, Supplier<Optional<TargetTable>> ask) {
    return targetTables.get(toolchain.goCommand(), k -> ask.get());
  }

  /**
   * Returns the C compiler for a cgo build: a checked one is remembered, an unchecked one is found
   * again next time (unless a checked one is already known).
   *
   * @param target the target
   * @param cc the compiler asked for, or empty
   * @param staticLink whether the build links statically
   * @param check whether the compiler must be checked
   * @param find finds (and with {@code check} checks) the compiler on the host
   * @return the compiler
   */
  public CCompiler compiler(
      Target target,
      Optional<String> cc,
      boolean staticLink,
      boolean check,
      Supplier<CCompiler> find) {
    String key = target + "\0" + cc.orElse("") + "\0" + staticLink;
    return check ? compilers.get(key, k -> find.get()) : compilers.peek(key).orElseGet(find);
  }
}
