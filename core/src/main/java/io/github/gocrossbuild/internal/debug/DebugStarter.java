package io.github.gocrossbuild.internal.debug;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildListener;
import io.github.gocrossbuild.BuildResult;
import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.DebugException;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.binary.GoBuildInfo;
import io.github.gocrossbuild.binary.GoModule;
import io.github.gocrossbuild.internal.build.BuildRunner;
import io.github.gocrossbuild.internal.build.ResultBuilder;
import io.github.gocrossbuild.internal.plan.OutputNaming;
import io.github.gocrossbuild.internal.plan.Planner;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.spi.DebugEndpoint;
import io.github.gocrossbuild.spi.DebugHost;
import io.github.gocrossbuild.spi.DebugRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Starts a debug session: checks that the host runs the target, builds the debug binary (no {@code
 * -s -w}, {@code -gcflags=all=-N -l}, {@code -trimpath}) next to the release one with a {@code
 * -debug} name, proves it, and has the host start Delve.
 */
public final class DebugStarter {
  /** The compiler flags of a debug build: no optimisation, no inlining, in every package. */
  public static final List<String> GCFLAGS = List.of("all=-N", "-l");

  private DebugStarter() {}

  /**
   * What a started session is made of.
   *
   * @param result the debug build
   * @param endpoint the running Delve
   * @param launchConfiguration the VS Code configuration (JSON text)
   * @param host the host's name
   */
  public record Started(
      BuildResult result, DebugEndpoint endpoint, String launchConfiguration, String host) {}

  /**
   * A host that builds a debug binary and runs Delve for it.
   *
   * @param host the host as a builder
   * @param debugger the same host as a Delve starter
   * @param thisMachine whether the host is this machine (for the advice when it cannot run the
   *     target)
   */
  public record Where(BuildHost host, DebugHost debugger, boolean thisMachine) {}

  /**
   * Builds and starts Delve.
   *
   * @param spec the builder's spec (one target)
   * @param where the host that builds and debugs, from the builder's placement
   * @param listener who listens
   * @param dlv an explicit Delve path, or empty
   * @param strict whether an old Delve is an error
   * @param args the program's arguments
   * @param results makes the debug build's result
   * @return the parts of the session
   */
  public static Started start(
      BuildSpec spec,
      Where where,
      BuildListener listener,
      Optional<String> dlv,
      boolean strict,
      List<String> args,
      Supplier<ResultBuilder<BuildResult>> results) {
    Target target = spec.targets().get(0);
    BuildHost host = where.host();
    BuildListener safe = safe(listener);
    checkPlatform(where, target);
    Planner release = new Planner(spec);
    Path module = release.moduleDir();
    BuildSpec debugSpec =
        BuildSpec.builder()
            .from(spec)
            .strip(false)
            .trimpath(true)
            .gcflags(GCFLAGS)
            .binaryName(release.baseName() + "-debug")
            .smokeTestArgs(Optional.empty())
            .build();
    BuildResult result = new BuildRunner(new Planner(debugSpec), safe, results).run(target, host);
    Optional<GoBuildInfo> info = result.binary().buildInfo();
    String goVersion = info.map(GoBuildInfo::goVersion).orElse("");
    String buildPath =
        info.flatMap(GoBuildInfo::main)
            .map(GoModule::path)
            .or(() -> OutputNaming.modulePath(module))
            .orElse(module.toString());
    DebugEndpoint endpoint =
        where
            .debugger()
            .startDebugger(
                new DebugRequest(target, result.artifact(), args, dlv, strict, goVersion, safe));
    String name =
        LaunchConfiguration.attachName(
            result.artifact().getFileName().toString(), target, host.name());
    String launch =
        LaunchConfiguration.remoteAttach(name, endpoint.localPort(), module.toString(), buildPath);
    safe.onEvent(
        new BuildEvent.DebugListening(
            target, host.name(), endpoint.localPort(), endpoint.remotePort()));
    return new Started(result, endpoint, launch, host.name());
  }

  private static void checkPlatform(Where where, Target target) {
    BuildHost host = where.host();
    Optional<Target> own = host.platform();
    if (own.isPresent()
        && own.get().goos() == target.goos()
        && own.get().goarch() == target.goarch()) {
      return;
    }
    String platform = own.map(Target::toString).orElse("unknown platform");
    String message =
        where.thisMachine()
            ? String.format(
                "Cannot debug %s on this machine (%s): Delve runs where the program runs. Use an SSH"
                    + " host of that platform: GoCrossBuild.target(\"%s\")"
                    + ".on(SshBuildHost.connect(...)).debug().",
                target, platform, target)
            : String.format(
                "Cannot debug %s on %s (%s): Delve runs where the program runs. Use an SSH host"
                    + " of that platform.",
                target, host.name(), platform);
    throw new DebugException(message, target, host.name());
  }

  private static BuildListener safe(BuildListener listener) {
    return event -> {
      try {
        listener.onEvent(event);
      } catch (RuntimeException ignored) {
        // Documented: a listener's exception does not reach the session.
      }
    };
  }
}
