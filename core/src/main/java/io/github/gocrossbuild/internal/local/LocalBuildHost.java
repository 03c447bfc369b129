package io.github.gocrossbuild.internal.local;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.BuildTimeoutException;
import io.github.gocrossbuild.CgoToolchainException;
import io.github.gocrossbuild.GoDownloads;
import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.cgo.CcLocator;
import io.github.gocrossbuild.internal.debug.LocalDelve;
import io.github.gocrossbuild.internal.env.GoEnvFiles;
import io.github.gocrossbuild.internal.env.ToolchainProbe;
import io.github.gocrossbuild.internal.process.ProcessRunner;
import io.github.gocrossbuild.internal.toolchain.ToolchainLocator;
import io.github.gocrossbuild.internal.toolchain.install.VersionedToolchains;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.spi.DebugEndpoint;
import io.github.gocrossbuild.spi.DebugHost;
import io.github.gocrossbuild.spi.DebugRequest;
import io.github.gocrossbuild.spi.HostBuildOutcome;
import io.github.gocrossbuild.spi.HostBuildRequest;
import io.github.gocrossbuild.spi.HostEnvironment;
import io.github.gocrossbuild.spi.TargetTable;
import io.github.gocrossbuild.spi.Toolchain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs {@code go} (and Delve, for debug sessions) on this machine. One shared instance; its only
 * state is the last merged environment and the last host environment, reused while their inputs are
 * equal (a warm rebuild then compares identical instances in the caches after it).
 */
public final class LocalBuildHost implements BuildHost, DebugHost {
  private static final LocalBuildHost INSTANCE = new LocalBuildHost(null);

  /** The environment go inherits, or null for the JVM's own. */
  private final Map<String, String> environment;

  /** The base environment with a build's {@code env(...)} layer on top, for the last layer. */
  private final LastValue<Map<String, String>, Map<String, String>> merged = new LastValue<>();

  /** The host environment for the last go env file contents. */
  private final LastValue<HostInputs, HostEnvironment> described = new LastValue<>();

  /** What a {@link HostEnvironment} is made of besides the (fixed) process environment. */
  private record HostInputs(
      Optional<String> userEnvFile,
      Map<String, String> userValues,
      Map<String, String> goRootValues) {}

  private LocalBuildHost(Map<String, String> environment) {
    this.environment = environment == null ? null : Map.copyOf(environment);
  }

  /**
   * Returns a local host with a fixed process environment.
   *
   * @param environment the environment go inherits
   * @return the host
   */
  public static LocalBuildHost withEnvironment(Map<String, String> environment) {
    return new LocalBuildHost(java.util.Objects.requireNonNull(environment, "environment"));
  }

  private Map<String, String> baseEnvironment() {
    return environment == null ? JvmEnvironment.VARIABLES : environment;
  }

  /** This JVM's environment, copied once: Java gives a process no way to change its own. */
  private static final class JvmEnvironment {
    static final Map<String, String> VARIABLES = Map.copyOf(System.getenv());
  }

  private Map<String, String> withLayer(Map<String, String> extraEnv) {
    if (extraEnv.isEmpty()) {
      return baseEnvironment();
    }
    return merged.get(
        Map.copyOf(extraEnv),
        layer -> {
          Map<String, String> env = new HashMap<>(baseEnvironment());
          env.putAll(layer);
          return Map.copyOf(env);
        });
  }

  /**
   * Returns the shared instance.
   *
   * @return the local host
   */
  public static LocalBuildHost instance() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return "local";
  }

  @Override
  public Optional<Target> platform() {
    return JvmPlatform.CURRENT;
  }

  /** This JVM's platform, worked out once: {@code os.name} and {@code os.arch} do not change. */
  private static final class JvmPlatform {
    static final Optional<Target> CURRENT = Target.current();
  }

  @Override
  public Toolchain toolchain(Optional<String> goCommand, Map<String, String> extraEnv) {
    return ToolchainLocator.locate(goCommand, withLayer(extraEnv));
  }

  @Override
  public Toolchain toolchain(
      String goVersion, GoDownloads downloads, Map<String, String> extraEnv) {
    return VersionedToolchains.local(goVersion, downloads, withLayer(extraEnv));
  }

  /** Asks the local toolchain {@code go tool dist list -broken -json}, once per binary. */
  @Override
  public Optional<TargetTable> targetTable(Toolchain toolchain) {
    return ToolchainProbe.targetTable(toolchain, baseEnvironment());
  }

  @Override
  public HostEnvironment environment(Toolchain toolchain) {
    Map<String, String> variables = baseEnvironment();
    Optional<String> envFile =
        toolchain.goEnv().containsKey("GOENV")
            ? Optional.of(toolchain.goEnv().get("GOENV")).filter(s -> !s.isEmpty())
            : GoEnvFiles.userEnvFile(GoOs.current().orElse(GoOs.LINUX), variables);
    // The files are read for every build, so an edit between two builds is always seen.
    HostInputs inputs =
        new HostInputs(
            envFile,
            envFile.map(f -> GoEnvFiles.read(Path.of(f))).orElse(Map.of()),
            toolchain.goRoot().map(r -> GoEnvFiles.readGoRootEnv(Path.of(r))).orElse(Map.of()));
    return described.get(
        inputs,
        in ->
            HostEnvironment.builder()
                .variables(variables)
                .userEnvFile(in.userEnvFile())
                .userEnvFileValues(in.userValues())
                .goRootEnvValues(in.goRootValues())
                .build());
  }

  @Override
  public HostBuildOutcome build(HostBuildRequest request) {
    List<String> argv = request.goBuildArgv(request.artifact().toString());
    Target target = request.target();
    ProcessRunner.Result result =
        ProcessRunner.run(
            argv,
            request.moduleDir(),
            request.environment(),
            request.timeout(),
            line -> request.listener().onEvent(new BuildEvent.OutputLine(target, line)));
    if (result.timedOut()) {
      throw new BuildTimeoutException(target, request.timeout().orElseThrow(), result.output());
    }
    return HostBuildOutcome.of(argv, result.exitCode(), result.output());
  }

  @Override
  public DebugEndpoint startDebugger(DebugRequest request) {
    return new LocalDelve(baseEnvironment()).startDebugger(request);
  }

  /**
   * Tells whether a C cross compiler for the target is on this machine ({@code <triple>-gcc}, a
   * musl gcc, zig or clang with a library root), so that a pool may send a cgo build of a foreign
   * target here. The compiler itself is checked before the build, as for any cgo build.
   */
  @Override
  public boolean compilesCgoFor(Target target) {
    try {
      new CcLocator(baseEnvironment(), Files::isDirectory)
          .locate(BuildSpec.builder().addTargets(target).build(), target, false);
      return true;
    } catch (CgoToolchainException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return name();
  }
}
