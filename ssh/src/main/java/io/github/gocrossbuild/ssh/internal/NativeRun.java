package io.github.gocrossbuild.ssh.internal;

import io.github.gocrossbuild.SmokeTestResult;
import io.github.gocrossbuild.SmokeTestRunner;
import io.github.gocrossbuild.Target;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

  /**
   * Describes a smoke run on the host.
   *
   * @param timedOut whether the run was killed at its time limit
   * @param exitCode its exit code
   * @param output what it printed
   * @param command the argv run
   * @param duration how long it ran
   * @param hostName the host, as {@code user@host:port}
   * @return the result
   */
  public static SmokeTestResult result(
      boolean timedOut,
      int exitCode,
      String output,
      List<String> command,
      Duration duration,
      String hostName) {
    return SmokeTestResult.builder()
        .ran(true)
        .exitCode(timedOut ? Optional.empty() : Optional.of(exitCode))
        .timedOut(timedOut)
        .output(output)
        .via(SmokeTestRunner.ssh(hostName))
        .command(command)
        .duration(duration)
        .build();
  }

  private static double level(String variant) {
    try {
      return Double.parseDouble(variant.startsWith("v") ? variant.substring(1) : variant);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
