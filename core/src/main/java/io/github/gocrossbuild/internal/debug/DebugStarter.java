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
import io.github.gocrossbuild.internal.build.LocalBuildHost;
import io.github.gocrossbuild.internal.build.OutputNaming;
import io.github.gocrossbuild.internal.build.ResultBuilder;
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
   * Builds and starts Delve.
   *
   * @param spec the builder's spec (one target)
   * @param host where to build and debug
   * @param listener who listens
   * @param dlv an explicit Delve path, or empty
   * @param strict whether an old Delve is an error
   * @param args the program's arguments
   * @return the parts of the session
   */
  public static Started start(
      BuildSpec spec,
      BuildHost host,
      BuildListener listener,
      Optional<String> dlv,
      boolean strict,
      List<String> args,
      Supplier<ResultBuilder> results) {
    Target target = spec.targets().get(0);
    BuildListener safe = safe(listener);
    DebugHost debugHost = debugHost(host, target);
    checkPlatform(host, target);
    Path module = spec.moduleDir().toAbsolutePath().normalize();
    String base = spec.binaryName().orElseGet(() -> OutputNaming.baseName(module, spec.pkg()));
    BuildSpec debugSpec =
        BuildSpec.builder()
            .from(spec)
            .strip(false)
            .trimpath(true)
            .gcflags(GCFLAGS)
            .binaryName(base + "-debug")
            .smokeTestArgs(Optional.empty())
            .build();
    BuildResult result = new BuildRunner(debugSpec, host, safe, results).run(target);
    Optional<GoBuildInfo> info = result.binary().buildInfo();
    String goVersion = info.map(GoBuildInfo::goVersion).orElse("");
    String buildPath =
        info.flatMap(GoBuildInfo::main)
            .map(GoModule::path)
            .or(() -> OutputNaming.modulePath(module))
            .orElse(module.toString());
    DebugEndpoint endpoint =
        debugHost.startDebugger(
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

  private static DebugHost debugHost(BuildHost host, Target target) {
    if (host instanceof DebugHost d) {
      return d;
    }
    throw new DebugException(
        String.format(
            "%s cannot run Delve: debug on this machine or on an SSH build host.", host.name()),
        target,
        host.name());
  }

  private static void checkPlatform(BuildHost host, Target target) {
    Optional<Target> own = host.platform();
    if (own.isPresent()
        && own.get().goos() == target.goos()
        && own.get().goarch() == target.goarch()) {
      return;
    }
    String platform = own.map(Target::toString).orElse("unknown platform");
    String message =
        host instanceof LocalBuildHost
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
