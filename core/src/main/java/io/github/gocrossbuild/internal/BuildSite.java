package io.github.gocrossbuild.internal;

import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.spi.HostEnvironment;
import io.github.gocrossbuild.spi.TargetTable;
import io.github.gocrossbuild.spi.Toolchain;
import java.util.Optional;

/**
 * Where one build runs: the host, the Go toolchain found on it, the host's environment for that
 * toolchain and the targets that toolchain builds. They are found together and read together when a
 * build is planned.
 *
 * @param host the build host
 * @param toolchain its Go toolchain (GOHOSTOS/GOHOSTARCH tell a native build)
 * @param environment the host's environment for that toolchain
 * @param targets the toolchain's target table; empty when the host cannot tell
 */
public record BuildSite(
    BuildHost host,
    Toolchain toolchain,
    HostEnvironment environment,
    Optional<TargetTable> targets) {

  /**
   * Tells whether the toolchain supports cgo for a target: its table's {@code CgoSupported} flag,
   * else what Go 1.21 to 1.24 agree on.
   *
   * @param target the target
   * @return true when cgo can be enabled for it
   */
  public boolean cgoSupported(Target target) {
    return targets
        .flatMap(t -> t.port(target.goos(), target.goarch()))
        .map(TargetTable.Port::cgoSupported)
        .orElseGet(target::isCgoSupported);
  }
}
