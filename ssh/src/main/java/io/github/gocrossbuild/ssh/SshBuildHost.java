package io.github.gocrossbuild.ssh;

import io.github.gocrossbuild.BuildEvent;
import io.github.gocrossbuild.BuildListener;
import io.github.gocrossbuild.GoDownloads;
import io.github.gocrossbuild.SmokeTestResult;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.env.VsCodeWorkspace;
import io.github.gocrossbuild.spi.BuildHost;
import io.github.gocrossbuild.spi.CCompiler;
import io.github.gocrossbuild.spi.DebugEndpoint;
import io.github.gocrossbuild.spi.DebugHost;
import io.github.gocrossbuild.spi.DebugRequest;
import io.github.gocrossbuild.spi.HostBuildOutcome;
import io.github.gocrossbuild.spi.HostBuildRequest;
import io.github.gocrossbuild.spi.HostEnvironment;
import io.github.gocrossbuild.spi.HostToolIdentity;
import io.github.gocrossbuild.spi.TargetTable;
import io.github.gocrossbuild.spi.Toolchain;
import io.github.gocrossbuild.ssh.internal.HostFacts;
import io.github.gocrossbuild.ssh.internal.HostMemos;
import io.github.gocrossbuild.ssh.internal.HostWarnings;
import io.github.gocrossbuild.ssh.internal.NativeRun;
import io.github.gocrossbuild.ssh.internal.Prober;
import io.github.gocrossbuild.ssh.internal.RemoteBuild;
import io.github.gocrossbuild.ssh.internal.RemoteCc;
import io.github.gocrossbuild.ssh.internal.RemoteGoInstall;
import io.github.gocrossbuild.ssh.internal.RemoteGoToolchains;
import io.github.gocrossbuild.ssh.internal.RemoteRunner;
import io.github.gocrossbuild.ssh.internal.RemoteToolIdentity;
import io.github.gocrossbuild.ssh.internal.RemoteToolchain;
import io.github.gocrossbuild.ssh.internal.RemoteWorkspace;
import io.github.gocrossbuild.ssh.internal.SourceSync;
import io.github.gocrossbuild.ssh.internal.SshConnection;
import io.github.gocrossbuild.ssh.internal.WorkspaceLocks;
import io.github.gocrossbuild.ssh.internal.Workspaces;
import io.github.gocrossbuild.ssh.internal.debug.RemoteDelve;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link BuildHost} that builds on a remote machine over SSH: the module is synced incrementally
 * to a private workspace there, {@code go build} runs with an exact environment, and the artifact
 * comes back with its SHA-256 checked, to be proven like a local build. One connection serves every
 * step and every concurrent build; close it when done.
 *
 * <pre>{@code
 * try (SshBuildHost arm = SshBuildHost.connect(SshHost.builder().host("arm64.example").build())) {
 *   BuildResult r = GoCrossBuild.target(GoOs.LINUX, GoArch.ARM64).noCgo().on(arm).run();
 * }
 * }</pre>
 */
public final class SshBuildHost implements BuildHost, DebugHost {
  private final SshHost host;

  private final SshConnection connection;
  private final SourceSync sync;
  private final RemoteBuild remoteBuild;
  private final Workspaces workspaces;

  private final HostMemos memos = new HostMemos();
  private final RemoteToolIdentity toolIdentities;
  private final WorkspaceLocks locks = new WorkspaceLocks();
  private final AtomicReference<SyncReport> lastSync = new AtomicReference<>();
  private final Set<DebugEndpoint> debugSessions = ConcurrentHashMap.newKeySet();

  private final HostWarnings warnings = new HostWarnings();
  private final Object installLock = new Object();

  private SshBuildHost(SshHost host, SshConnection connection) {
    this.host = host;
    this.connection = connection;
    this.sync = new SourceSync(connection);
    this.remoteBuild = new RemoteBuild(connection);
    this.workspaces = new Workspaces(connection, this::facts);
    this.toolIdentities = new RemoteToolIdentity(connection::shell);
  }

  /**
   * Connects to a host: TCP, host key check under the host's {@link HostKeyPolicy}, authentication.
   *
   * @param host where to
   * @return the connected build host
   * @throws SshConnectionException when the host cannot be reached
   * @throws HostKeyVerificationException when the host key is not trusted
   * @throws SshAuthenticationException when no credential is accepted
   */
  public static SshBuildHost connect(SshHost host) {
    Objects.requireNonNull(host, "host");
    return new SshBuildHost(
        host,
        SshConnection.open(
            host, name -> SshConfigFile.hashKnownHosts(name, SshConfigFile.userConfig())));
  }

  /**
   * Returns the host this connection reaches.
   *
   * @return the host
   */
  public SshHost host() {
    return host;
  }

  /**
   * Tells whether connecting recorded a new host key in known_hosts ({@link
   * HostKeyPolicy#acceptNew()} meeting an unknown host).
   *
   * @return true when a line was appended
   */
  public boolean hostKeyRecorded() {
    return connection.keyRecorded();
  }

  @Override
  public String name() {
    return host.user() + "@" + host.address();
  }

  @Override
  public Optional<Target> platform() {
    return facts().platform();
  }

  /**
   * Returns the host's number of online processors (from the probe), or 2 when it did not say.
   *
   * @return at least 1
   */
  @Override
  public int buildSlots() {
    int cpus = facts().cpus();
    return cpus > 0 ? cpus : 2;
  }

  private HostFacts facts() {
    return memos.facts(() -> HostFacts.gather(connection.shell()));
  }

  @Override
  public Toolchain toolchain(Optional<String> goCommand, Map<String, String> extraEnv) {
    return memos.toolchain(
        goCommand,
        extraEnv,
        () -> RemoteToolchain.locate(connection.shell(), facts(), goCommand, extraEnv));
  }

  /**
   * Installs a Go version on the host, which needs no internet and no sudo: the archive for its
   * platform is verified here, uploaded, checked with {@code sha256sum} there and unpacked into the
   * user's cache ({@code ~/.cache/gocrossbuild/go1.x.y}); shell init files are not touched. {@code
   * String go = pi.installGo(GoDownloads.official(), "1.23.5");}
   *
   * @param downloads where the archive comes from (and where it is kept on this machine)
   * @param version e.g. {@code 1.23.5}
   * @return the absolute path of {@code go} on the host; an installed version is not uploaded again
   * @throws io.github.gocrossbuild.ToolchainDownloadException when the install fails
   */
  public String installGo(GoDownloads downloads, String version) {
    Objects.requireNonNull(downloads, "downloads");
    Objects.requireNonNull(version, "version");
    synchronized (installLock) {
      return RemoteGoInstall.install(connection, facts(), workspaces.base(), downloads, version);
    }
  }

  @Override
  public Toolchain toolchain(
      String goVersion, GoDownloads downloads, Map<String, String> extraEnv) {
    synchronized (installLock) {
      return RemoteGoToolchains.choose(
          goVersion,
          downloads,
          facts(),
          connection,
          workspaces.base(),
          go -> toolchain(go, extraEnv),
          () -> installGo(downloads, goVersion));
    }
  }

  /** Asks the host's toolchain {@code go tool dist list -broken -json}, once per connection. */
  @Override
  public Optional<TargetTable> targetTable(Toolchain toolchain) {
    return memos.targetTable(
        toolchain, () -> RemoteToolchain.targetTable(connection.shell(), facts(), toolchain));
  }

  @Override
  public HostEnvironment environment(Toolchain toolchain) {
    return memos.environment(
        toolchain,
        () ->
            workspaces.environment(
                toolchain,
                RemoteToolchain.hostEnv(facts(), RemoteToolchain.viaLoginShell(toolchain))));
  }

  /**
   * Uses the host's own C compiler for a cgo build when the host's platform is the target (the one
   * {@link HostProbe#cCompiler()} reports, or the caller's), checked by compiling, linking and
   * running a tiny C program on the host before {@code go build}; a checked compiler is remembered.
   */
  @Override
  public Optional<CCompiler> cCompiler(
      Target target, Optional<String> cc, boolean staticLink, boolean check) {
    return Optional.of(
        memos.compiler(
            target,
            cc,
            staticLink,
            check,
            () ->
                RemoteCc.find(
                    connection.shell(), name(), platform(), target, cc, staticLink, check)));
  }

  /**
   * Reads a VS Code workspace that lives on this host, as Remote-SSH users have it: its {@code
   * .vscode} files, env files and go env files are read there over SFTP, the VS Code Server's
   * machine settings ({@code ~/.vscode-server/data/Machine/settings.json}) lie under its
   * settings.json, and the process environment is the login shell's, each variable explained with
   * the file and line that set it. {@code arm.workspace("~/src/app").taskEnv("build")}
   *
   * @param remoteDir the folder on the host, or a {@code .code-workspace} file there naming it
   *     first; {@code ~/...} and relative paths start at the home
   * @return the workspace, with the host's Go toolchain (or only its platform when it has none)
   * @throws io.github.gocrossbuild.config.ConfigParseException when a file there is not valid
   *     JSONC; it is named {@code ssh://user@host:port/path}
   */
  public VsCodeWorkspace workspace(String remoteDir) {
    return RemoteWorkspace.load(
        connection, facts(), () -> toolchain(Optional.empty(), Map.of()), remoteDir);
  }

  /**
   * Probes the host: platform, Go toolchain (with the places looked), libc, C compiler and VS Code
   * Server prerequisites. Does not throw when Go is missing; the probe says so.
   *
   * @return the probe
   */
  public HostProbe probe() {
    return Prober.probe(connection.shell(), facts(), () -> toolchain(Optional.empty(), Map.of()));
  }

  /**
   * Brings the host's copy of a module up to date, sending only changed files. Builds do this
   * themselves; call it to warm a workspace or to measure.
   *
   * @param moduleDir the local module directory
   * @return what was sent
   */
  public SyncReport sync(Path moduleDir) {
    Path module = moduleDir.toAbsolutePath().normalize();
    String ws = workspaces.workspaceFor(module);
    return locks.exclusive(ws, () -> doSync(module, Set.of(), ws, null, BuildListener.NONE));
  }

  /**
   * Returns the report of the most recent sync, by a build or by {@link #sync(Path)}.
   *
   * @return the report, or empty before the first sync
   */
  public Optional<SyncReport> lastSync() {
    return Optional.ofNullable(lastSync.get());
  }

  @Override
  public HostBuildOutcome build(HostBuildRequest request) {
    Target target = request.target();
    BuildListener listener = request.listener();
    warnings.beforeBuild(request, facts(), HostWarnings.hostKeyUnverified(host), host.address());
    Path module = request.moduleDir().toAbsolutePath().normalize();
    Path outDir = request.artifact().toAbsolutePath().normalize().getParent();
    Set<Path> excluded =
        outDir != null && outDir.startsWith(module) && !outDir.equals(module)
            ? Set.of(outDir)
            : Set.of();
    String ws = workspaces.workspaceFor(module);
    return locks.syncThenBuild(
        ws,
        () -> doSync(module, excluded, ws, target, listener),
        () -> remoteBuild.build(request, ws));
  }

  private SyncReport doSync(
      Path module, Set<Path> excluded, String ws, Target target, BuildListener listener) {
    SyncReport report =
        sync.sync(
            module,
            excluded,
            ws,
            (rel, bytes) -> {
              if (target != null) {
                listener.onEvent(new BuildEvent.Transfer(target, "upload " + rel, bytes, bytes));
              }
            });
    lastSync.set(report);
    return report;
  }

  /**
   * Runs a local executable on the host: uploads it to a private temporary file, runs it with the
   * given arguments (each passed literally) and the host's plain environment, and deletes it. Used
   * for smoke tests of artifacts built for the host's own platform.
   *
   * @param localExecutable the program to run, e.g. {@code BuildResult.artifact()}
   * @param args its arguments
   * @param timeout the time limit; the program is killed when it passes
   * @return exit code and output
   */
  public RemoteRun run(Path localExecutable, List<String> args, Duration timeout) {
    return new RemoteRunner(connection, workspaces).run(localExecutable, args, timeout);
  }

  /**
   * Runs a freshly built artifact on the host when the host can run it natively: same GOOS and
   * GOARCH, and a variant the host's CPU supports. Core's {@code smokeTest(...)} calls this and
   * checks the result; otherwise the artifact runs on this machine (natively or under qemu).
   *
   * @param artifact the proven artifact on this machine
   * @param target the target it was built for
   * @param args the arguments, each passed literally
   * @param timeout how long it may run
   * @return the result with runner {@code ssh user@host:port}, or empty when the host's platform
   *     does not match the target
   */
  @Override
  public Optional<SmokeTestResult> smokeRun(
      Path artifact, Target target, List<String> args, Duration timeout) {
    return NativeRun.smokeRun(platform(), target, name(), () -> run(artifact, args, timeout));
  }

  /** One remote command, remembered per connection while the files keep size, time and inode. */
  @Override
  public Optional<HostToolIdentity> toolIdentity(
      Toolchain toolchain, Optional<String> cc, List<String> ccFlags, String path) {
    return toolIdentities.identify(toolchain, cc, ccFlags, path);
  }

  /**
   * Returns the bytes this connection has written to the network so far, SSH framing and encryption
   * overhead included; useful to measure what a sync costs.
   *
   * @return bytes sent to the host since connecting
   */
  public long bytesSent() {
    return connection.bytesSent();
  }

  /**
   * Returns the bytes this connection has read from the network so far, SSH framing included.
   *
   * @return bytes received from the host since connecting
   */
  public long bytesReceived() {
    return connection.bytesReceived();
  }

  /**
   * Starts Delve on the host for a debug session ({@code GoCrossBuilder.debug(...)}): found like
   * {@code go} (plus {@code ~/go/bin} and {@code $GOPATH/bin}), listening on the host's 127.0.0.1
   * only, reached through a local port forward bound to this machine's 127.0.0.1. Delve and the
   * program are killed when the session closes or the SSH connection drops.
   *
   * @param request what to debug
   * @return the running endpoint
   */
  @Override
  public DebugEndpoint startDebugger(DebugRequest request) {
    DebugEndpoint d =
        RemoteDelve.start(
            connection, new RemoteRunner(connection, workspaces), facts(), name(), request);
    debugSessions.add(d);
    return d;
  }

  /**
   * Ends the debug sessions started on this host, then closes the SSH connection; running builds
   * fail with {@link SshConnectionException}.
   */
  @Override
  public void close() {
    debugSessions.forEach(DebugEndpoint::close);
    connection.close();
  }

  @Override
  public String toString() {
    return name();
  }
}
