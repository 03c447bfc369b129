package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.SmokeTestResult;
import io.github.gocrossbuild.SmokeTestRunner;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.ssh.RemoteRun;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Which binaries a host runs natively: same GOOS and GOARCH, and a variant its CPU supports. */
public final class NativeRun {
  private static final Set<String> BASELINE_VARIANTS = Set.of("v1", "v8.0");

  private NativeRun() {}

  /**
   * Tells whether a host of one platform runs binaries of another natively. Variants ({@code
   * arm/v7}, {@code amd64/v3}) compare by level; a host whose variant is unknown runs only binaries
   * that ask for none or for the baseline ({@code v1} of amd64, {@code v8.0} of arm64).
   *
   * @param host the host's platform
   * @param target the artifact's target
   * @return true when the binary can run there
   */
  public static boolean canRun(Target host, Target target) {
    if (host.goos() != target.goos() || host.goarch() != target.goarch()) {
      return false;
    }
    if (target.variant().isEmpty()) {
      return true;
    }
    double wanted = level(target.variant().get());
    double have = host.variant().map(NativeRun::level).orElse(Double.NaN);
    if (Double.isNaN(have)) {
      return BASELINE_VARIANTS.contains(target.variant().get());
    }
    return !Double.isNaN(wanted) && wanted <= have;
  }

  private static double level(String variant) {
    try {
      return Double.parseDouble(variant.startsWith("v") ? variant.substring(1) : variant);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /**
   * Runs an artifact on the host for a smoke test when the host can run it natively.
   *
   * @param own the host's platform
   * @param target the artifact's target
   * @param name the host's name, e.g. {@code user@host:22}
   * @param run uploads and runs the artifact
   * @return the result, or empty when the host cannot run the target natively
   */
  public static Optional<SmokeTestResult> smokeRun(
      Optional<Target> own, Target target, String name, Supplier<RemoteRun> run) {
    if (own.isEmpty() || !canRun(own.get(), target)) {
      return Optional.empty();
    }
    RemoteRun r = run.get();
    return Optional.of(
        SmokeTestResult.builder()
            .ran(true)
            .exitCode(r.timedOut() ? Optional.empty() : Optional.of(r.exitCode()))
            .timedOut(r.timedOut())
            .output(r.output())
            .via(SmokeTestRunner.ssh(name))
            .command(r.command())
            .duration(r.duration())
            .build());
  }
}
