package io.github.gocrossbuild.internal.plan;

import io.github.gocrossbuild.BuildWarning;
import io.github.gocrossbuild.GoVersion;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.TargetNotSupportedException;
import io.github.gocrossbuild.WarningId;
import io.github.gocrossbuild.internal.BuildSite;
import io.github.gocrossbuild.spi.TargetTable;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a target against the toolchain that will build it, before the build: a pair its {@code go
 * tool dist list} lacks and a variant it predates are refused, a port it marks broken is built with
 * a warning (Go 1.24 still builds {@code windows/arm}, which it marks broken).
 */
final class TargetSupport {
  private static final String PAIR_MISSING =
      "Unsupported target \"%s\": %s (%s) cannot build it: its `go tool dist list` has no %s."
          + " Its GOARCH values for %s are %s. Build with a Go release that lists the pair"
          + " (goCommand(...) or goVersion(...)), or choose another target.";

  private static final String VARIANT_TOO_NEW =
      "Unsupported target \"%s\": its variant %s is set through %s, which %s introduced; %s (%s)"
          + " ignores %s and would build the baseline. Build with %s or newer (goCommand(...) or"
          + " goVersion(...)), or drop the variant.";

  private static final String BROKEN =
      "%s (%s) marks %s as a broken port (`go tool dist list -broken`): go build still produces"
          + " a binary, but the port is no longer tested upstream and may be dropped by a later"
          + " release.";

  private TargetSupport() {}

  /**
   * Checks.
   *
   * @param target the target
   * @param site where it builds, with the toolchain's target table
   * @return the broken-port warning, when the toolchain marks the port broken
   * @throws TargetNotSupportedException when the toolchain cannot build the target
   */
  static Optional<BuildWarning> check(Target target, BuildSite site) {
    String version = site.toolchain().goVersion();
    String where = site.toolchain().goCommand() + " on " + site.host().name();
    Optional<String> since = target.goarch().variantIntroducedIn();
    Optional<GoVersion> parsed = GoVersion.tryParse(version);
    if (target.variant().isPresent()
        && since.isPresent()
        && parsed.isPresent()
        && parsed.get().compareTo(GoVersion.parse(since.get())) < 0) {
      String variable = target.goarch().variantVariable().orElseThrow();
      throw new TargetNotSupportedException(
          String.format(
              VARIANT_TOO_NEW,
              target,
              target.variant().get(),
              variable,
              since.get(),
              version,
              where,
              variable,
              since.get()),
          target,
          version,
          since.get());
    }
    if (site.targets().isEmpty()) {
      return Optional.empty();
    }
    TargetTable table = site.targets().get();
    String pair = target.goos().goName() + "/" + target.goarch().goName();
    Optional<TargetTable.Port> port = table.port(target.goos(), target.goarch());
    if (port.isEmpty()) {
      String arches =
          table.archesFor(target.goos()).stream()
              .map(a -> a.goName())
              .collect(Collectors.joining(", "));
      throw new TargetNotSupportedException(
          String.format(
              PAIR_MISSING,
              target,
              version,
              where,
              pair,
              target.goos().goName(),
              arches.isEmpty() ? "none" : arches),
          target,
          version,
          null);
    }
    return port.get().broken()
        ? Optional.of(
            new BuildWarning(
                WarningId.TARGET_BROKEN_PORT, String.format(BROKEN, version, where, pair)))
        : Optional.empty();
  }
}
