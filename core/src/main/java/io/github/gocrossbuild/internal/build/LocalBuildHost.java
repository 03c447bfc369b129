package io.github.gocrossbuild.internal.build;

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
import io.github.gocrossbuild.spi.Toolchain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs {@code go} (and Delve, for debug sessions) on this machine. Stateless; one shared instance.
 */
public final class LocalBuildHost implements BuildHost, DebugHost {
  private static final LocalBuildHost INSTANCE = new LocalBuildHost(null);

  /** The environment go inherits, or null for the JVM's own (read at each build). */
  private final Map<String, String> environment;

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
    return environment == null ? System.getenv() : environment;
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
    return Target.current();
  }

  @Override
  public Toolchain toolchain(Optional<String> goCommand, Map<String, String> extraEnv) {
    Map<String, String> env = new HashMap<>(baseEnvironment());
    env.putAll(extraEnv);
    return ToolchainLocator.locate(goCommand, env);
  }

  @Override
  public Toolchain toolchain(
      String goVersion, GoDownloads downloads, Map<String, String> extraEnv) {
    Map<String, String> env = new HashMap<>(baseEnvironment());
    env.putAll(extraEnv);
    return VersionedToolchains.local(goVersion, downloads, env);
  }

  @Override
  public HostEnvironment environment(Toolchain toolchain) {
    Map<String, String> variables = baseEnvironment();
    Optional<String> envFile =
        toolchain.goEnv().containsKey("GOENV")
            ? Optional.of(toolchain.goEnv().get("GOENV")).filter(s -> !s.isEmpty())
            : GoEnvFiles.userEnvFile(GoOs.current().orElse(GoOs.LINUX), variables);
    return HostEnvironment.builder()
        .variables(variables)
        .userEnvFile(envFile)
        .userEnvFileValues(envFile.map(f -> GoEnvFiles.read(Path.of(f))).orElse(Map.of()))
        .goRootEnvValues(
            toolchain.goRoot().map(r -> GoEnvFiles.readGoRootEnv(Path.of(r))).orElse(Map.of()))
        .build();
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
