package io.github.gocrossbuild.internal.placement;

import io.github.gocrossbuild.GoCrossBuildException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.spi.HostBuildOutcome;
import io.github.gocrossbuild.spi.HostBuildRequest;
import io.github.gocrossbuild.spi.HostEnvironment;
import io.github.gocrossbuild.spi.HostTransportFailure;
import io.github.gocrossbuild.spi.Toolchain;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real local host (real go) under another name, slot count and claimed platform; it can be told
 * to lose its "connection" after some builds, the way a remote host does.
 */
final class TestHost implements BuildHost {
  private final BuildHost local;
  private final String name;
  private final int slots;
  private final Optional<Target> platform;
  private final AtomicInteger buildsLeft;
  final AtomicInteger builds = new AtomicInteger();

  TestHost(
      BuildHost local, String name, int slots, Optional<Target> platform, int buildsBeforeDeath) {
    this.local = local;
    this.name = name;
    this.slots = slots;
    this.platform = platform;
    this.buildsLeft = new AtomicInteger(buildsBeforeDeath);
  }

  /** Thrown by a host whose link went away. */
  static final class LinkLost extends GoCrossBuildException implements HostTransportFailure {
    private static final long serialVersionUID = 1L;

    LinkLost(String message) {
      super(message);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<Target> platform() {
    return platform;
  }

  @Override
  public int buildSlots() {
    return slots;
  }

  @Override
  public Toolchain toolchain(Optional<String> goCommand, Map<String, String> extraEnv) {
    return local.toolchain(goCommand, extraEnv);
  }

  @Override
  public HostEnvironment environment(Toolchain toolchain) {
    return local.environment(toolchain);
  }

  @Override
  public HostBuildOutcome build(HostBuildRequest request) {
    builds.incrementAndGet();
    if (buildsLeft.getAndDecrement() <= 0) {
      throw new LinkLost("connection to " + name + " lost during build");
    }
    return local.build(request);
  }
}
