package io.github.gocrossbuild.internal.placement;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.proof.SmokeRunner;
import io.github.gocrossbuild.spi.BuildHost;
import java.util.Optional;

/**
 * Decides whether a host can build a target of a spec. A target needs a host of its own platform
 * when it asks for cgo and the host knows no C cross compiler for it ({@link
 * BuildHost#compilesCgoFor(Target)}, the hook C compiler discovery plugs into), or when it asks for
 * a smoke test that this machine can run neither natively nor under qemu-user (a host of the
 * target's platform runs it itself).
 */
public final class HostFit {

  private HostFit() {}

  /**
   * Returns what a host lacks to build a target.
   *
   * @param host the host
   * @param platform the host's platform, empty when unknown
   * @param target the target
   * @param spec the spec
   * @return what it lacks, or empty when it can build the target
   */
  public static Optional<String> lacks(
      BuildHost host, Optional<Target> platform, Target target, BuildSpec spec) {
    boolean ownPlatform = platform.map(p -> samePlatform(p, target)).orElse(false);
    if (ownPlatform) {
      return Optional.empty();
    }
    String on = platform.map(p -> "it is " + p).orElse("its platform is unknown");
    if (spec.cgo().orElse(false) && !host.compilesCgoFor(target)) {
      return Optional.of(
          String.format(
              "a C compiler for %s (cgo needs a %s host or a cross compiler; %s)",
              target, platformOf(target), on));
    }
    if (spec.smokeTestArgs().isPresent() && !runsOnThisMachine(target)) {
      return Optional.of(
          String.format(
              "a way to run the %s smoke test (it needs a %s host; %s, and this machine cannot"
                  + " run it: %s)",
              target, platformOf(target), on, smokeSkipReason(target)));
    }
    return Optional.empty();
  }

  /**
   * Tells whether a target must be built on a host of its own platform.
   *
   * @param target the target
   * @param spec the spec
   * @return true for cgo targets and for smoke tests this machine cannot run
   */
  public static boolean needsOwnPlatform(Target target, BuildSpec spec) {
    return spec.cgo().orElse(false)
        || (spec.smokeTestArgs().isPresent() && !runsOnThisMachine(target));
  }

  private static boolean samePlatform(Target host, Target target) {
    return host.goos() == target.goos() && host.goarch() == target.goarch();
  }

  private static String platformOf(Target target) {
    return target.goos().goName() + "/" + target.goarch().goName();
  }

  private static boolean runsOnThisMachine(Target target) {
    return smokeSkipReason(target) == null;
  }

  private static String smokeSkipReason(Target target) {
    String path = System.getenv().getOrDefault("PATH", "");
    return SmokeRunner.plan(target, Target.current(), path).skipReason();
  }
}
