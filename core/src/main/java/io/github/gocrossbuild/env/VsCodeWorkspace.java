package io.github.gocrossbuild.env;

import io.github.gocrossbuild.GoOs;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.config.ConfigParseException;
import io.github.gocrossbuild.config.VsCodeLaunch;
import io.github.gocrossbuild.config.VsCodeLaunchConfiguration;
import io.github.gocrossbuild.config.VsCodeSettings;
import io.github.gocrossbuild.config.VsCodeTask;
import io.github.gocrossbuild.config.VsCodeTasks;
import io.github.gocrossbuild.internal.config.UserSettings;
import io.github.gocrossbuild.internal.config.VsCodeFiles;
import io.github.gocrossbuild.internal.env.ConsumerRun;
import io.github.gocrossbuild.internal.env.EnvFindings;
import io.github.gocrossbuild.internal.env.GoEnvResolver;
import io.github.gocrossbuild.internal.env.SettingChecks;
import io.github.gocrossbuild.internal.env.TargetBindings;
import io.github.gocrossbuild.internal.env.VsCodeChecks;
import io.github.gocrossbuild.internal.env.VsCodeLayers;
import io.github.gocrossbuild.internal.env.VsCodeVariables;
import io.github.gocrossbuild.spi.FileView;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A VS Code workspace's Go environments: for each consumer (a task, the Go extension's tools, its
 * tool installer, its test runner, a debug session) the environment {@code go} runs with, every
 * value explained, and the traps found.
 *
 * <pre>{@code
 * VsCodeWorkspace ws = VsCodeWorkspace.load(Path.of("."), System.getenv());
 * ResolvedEnv build = ws.taskEnv("build-linux-arm64");
 * build.get("GOARCH");                  // Optional[amd64]: the task's "env" is ignored
 * build.findings();                     // [error [env.task-env-ignored] Task ...]
 * out.println(ws.debugEnv("Launch Package").render());
 * }</pre>
 *
 * <p>Immutable once loaded; the files are read once by {@link #load}. Go env files are read when an
 * environment is asked for, from where that consumer's environment points.
 */
public final class VsCodeWorkspace {
  private final Path directory;
  private final Map<String, String> processEnv;
  private final ToolchainFacts facts;
  private final VsCodeSettings settings;
  private final VsCodeTasks tasks;
  private final VsCodeLaunch launch;
  private final VsCodeLayers layers;
  private final FileView files;
  private final VsCodeVariables.Context context;

  private VsCodeWorkspace(
      Path directory,
      FileView files,
      Map<String, String> processEnv,
      Map<String, String> processOrigins,
      ToolchainFacts facts,
      VsCodeFiles read) {
    this.directory = directory;
    this.files = files;
    this.processEnv = Map.copyOf(Objects.requireNonNull(processEnv, "processEnv"));
    this.facts = Objects.requireNonNull(facts, "facts");
    this.settings = read.settings();
    this.tasks = read.tasks();
    this.launch = read.launch();
    GoOs os = facts.hostTarget().goos();
    String separator = os == GoOs.WINDOWS ? "\\" : "/";
    String osKey = os == GoOs.WINDOWS ? "windows" : os == GoOs.DARWIN ? "osx" : "linux";
    this.context =
        new VsCodeVariables.Context(
            directory.toString(),
            separator,
            this.processEnv,
            settings.scalarSettings(),
            files,
            Map.copyOf(processOrigins));
    this.layers = new VsCodeLayers(context, settings, osKey);
  }

  /**
   * Loads a workspace, finding the local Go toolchain for GOROOT and its defaults.
   *
   * @param workspaceDir the folder VS Code opens (holding {@code .vscode/}), or the {@code
   *     .code-workspace} file it opens: then the file's settings lie under the folder's and its
   *     first folder is the one explained
   * @param processEnv VS Code's process environment, e.g. {@code System.getenv()}
   * @return the workspace
   * @throws ConfigParseException when a file exists but is not valid JSONC (file, line, column)
   */
  public static VsCodeWorkspace load(Path workspaceDir, Map<String, String> processEnv) {
    return load(workspaceDir, processEnv, ToolchainFacts.detect(processEnv));
  }

  /**
   * Loads a workspace with a known toolchain (tests pass their own GOROOT and host here).
   *
   * @param workspaceDir the folder VS Code opens, or the {@code .code-workspace} file it opens
   * @param processEnv VS Code's process environment
   * @param facts the toolchain that would run
   * @return the workspace
   * @throws ConfigParseException when a file exists but is not valid JSONC (file, line, column)
   */
  public static VsCodeWorkspace load(
      Path workspaceDir, Map<String, String> processEnv, ToolchainFacts facts) {
    Path dir = workspaceDir.toAbsolutePath().normalize();
    FileView local = FileView.local();
    Optional<String> user = UserSettings.path(facts.hostTarget().goos(), processEnv);
    VsCodeFiles read = VsCodeFiles.read(local, dir.toString(), File.separator, user);
    Path folder = Path.of(read.folder()).normalize();
    return new VsCodeWorkspace(folder, local, processEnv, Map.of(), facts, read);
  }

  /**
   * Loads a workspace that lives on another (POSIX) machine, as VS Code Remote-SSH has it: its
   * files, env files and go env files are read there, the VS Code Server's machine settings lie
   * under its settings.json, and C compilers are looked up in its PATH. {@code
   * SshBuildHost.workspace(dir)} of the ssh module calls this.
   *
   * @param files the machine's files
   * @param workspaceDir the absolute folder there, or a {@code .code-workspace} file there
   * @param machineSettings the VS Code Server's machine settings file there, if any
   * @param processEnv the VS Code Server's process environment (its login shell's)
   * @param processOrigins where each process variable was set, e.g. {@code ~/.bashrc line 12}; a
   *     variable without one is explained as VS Code's process environment
   * @param facts the toolchain there
   * @return the workspace
   * @throws ConfigParseException when a file exists but is not valid JSONC, naming it with the
   *     machine
   */
  public static VsCodeWorkspace load(
      FileView files,
      String workspaceDir,
      Optional<String> machineSettings,
      Map<String, String> processEnv,
      Map<String, String> processOrigins,
      ToolchainFacts facts) {
    VsCodeFiles read = VsCodeFiles.read(files, workspaceDir, "/", machineSettings);
    return new VsCodeWorkspace(
        Path.of(read.folder()), files, processEnv, processOrigins, facts, read);
  }

  /**
   * Returns the workspace folder.
   *
   * @return the absolute folder
   */
  public Path directory() {
    return directory;
  }

  /**
   * Returns the toolchain facts the environments were resolved with.
   *
   * @return the facts
   */
  public ToolchainFacts toolchain() {
    return facts;
  }

  /**
   * Returns settings.json.
   *
   * @return the settings (empty when there is no file)
   */
  public VsCodeSettings settings() {
    return settings;
  }

  /**
   * Returns tasks.json.
   *
   * @return the tasks (empty when there is no file)
   */
  public VsCodeTasks tasks() {
    return tasks;
  }

  /**
   * Returns launch.json.
   *
   * @return the launch configurations (empty when there is no file)
   */
  public VsCodeLaunch launch() {
    return launch;
  }

  /**
   * Returns the findings about the files themselves: ignored task-level {@code env} and a target in
   * {@code go.toolsEnvVars}.
   *
   * @return the findings
   */
  public List<EnvFinding> findings() {
    List<EnvFinding> out = new ArrayList<>();
    for (VsCodeTask t : tasks.tasks()) {
      VsCodeChecks.taskEnvIgnored(tasksFile(), t).ifPresent(out::add);
    }
    VsCodeChecks.toolsEnvTarget(settings).ifPresent(out::add);
    return out;
  }

  /**
   * Checks the paths and tools the settings name on the machine where the workspace lives (the
   * server, for a workspace from {@code SshBuildHost.workspace}): {@code go.goroot}, {@code
   * go.gopath}, {@code go.toolsGopath}, {@code go.alternateTools}, and the formatter {@code
   * go.formatTool} names, looked up where the Go extension looks.
   *
   * @return the findings, ids {@code env.setting-path-missing} and {@code env.format-tool-missing}
   */
  public List<EnvFinding> settingsFindings() {
    return SettingChecks.check(settings, context, goToolsEnv());
  }

  /**
   * Resolves the environment of a tasks.json task.
   *
   * @param label the task's label
   * @return the environment with provenance and findings
   * @throws IllegalArgumentException when no task has that label; the message lists the labels
   */
  public ResolvedEnv taskEnv(String label) {
    VsCodeTask task =
        tasks.tasks().stream()
            .filter(t -> t.label().equals(label))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "No task labelled \""
                            + label
                            + "\" in "
                            + tasksFile()
                            + "; known labels: "
                            + labels()));
    List<String> unresolved = new ArrayList<>();
    ResolvedEnv env = resolve(EnvConsumer.VSCODE_TASK, layers.task(tasks, task, unresolved));
    ConsumerRun consumer =
        ConsumerRun.inWorkspace(
            EnvConsumer.VSCODE_TASK,
            label,
            facts,
            directory,
            VsCodeChecks.commandFlags(task),
            GoEnvResolver.lookup(files));
    List<EnvFinding> out = new ArrayList<>();
    VsCodeChecks.taskEnvIgnored(tasksFile(), task).ifPresent(out::add);
    out.addAll(EnvFindings.of(env, consumer));
    VsCodeChecks.unresolved(consumer.who(), unresolved).ifPresent(out::add);
    return env.withFindings(out);
  }

  /**
   * Resolves the environment of the Go extension's tools (gopls, go vet, formatting, ...).
   *
   * @return the environment with provenance and findings
   */
  public ResolvedEnv goToolsEnv() {
    ResolvedEnv env = resolve(EnvConsumer.GO_EXTENSION_TOOLS, layers.tools());
    List<EnvFinding> out = new ArrayList<>();
    VsCodeChecks.toolsEnvTarget(settings).ifPresent(out::add);
    out.addAll(EnvFindings.of(env, consumer(EnvConsumer.GO_EXTENSION_TOOLS, "")));
    return env.withFindings(out);
  }

  /**
   * Resolves the environment of the Go extension's tool installer ({@code Go: Install/Update
   * Tools}), which deletes GOOS, GOARCH, GOROOT, GOFLAGS, GOENV and GO111MODULE.
   *
   * @return the environment with provenance and findings
   */
  public ResolvedEnv toolInstallerEnv() {
    ResolvedEnv env = resolve(EnvConsumer.GO_EXTENSION_TOOL_INSTALLER, layers.toolInstaller());
    return env.withFindings(
        EnvFindings.of(env, consumer(EnvConsumer.GO_EXTENSION_TOOL_INSTALLER, "")));
  }

  /**
   * Resolves the environment of the Go extension's test runner.
   *
   * @return the environment with provenance and findings
   */
  public ResolvedEnv testEnv() {
    List<String> missing = new ArrayList<>();
    ResolvedEnv env = resolve(EnvConsumer.GO_EXTENSION_TESTS, layers.tests(missing));
    List<EnvFinding> out = new ArrayList<>();
    VsCodeChecks.toolsEnvTarget(settings).ifPresent(out::add);
    out.addAll(EnvFindings.of(env, consumer(EnvConsumer.GO_EXTENSION_TESTS, "")));
    VsCodeChecks.missingFiles("go.testEnvFile", missing).ifPresent(out::add);
    return env.withFindings(out);
  }

  /**
   * Resolves the environment of VS Code's integrated terminal: what a {@code go build} typed there
   * runs with. With Remote-SSH that is the server's login shell with {@code
   * terminal.integrated.env.linux} on top.
   *
   * @return the environment with provenance and findings
   */
  public ResolvedEnv terminalEnv() {
    List<String> unresolved = new ArrayList<>();
    ResolvedEnv env = resolve(EnvConsumer.INTEGRATED_TERMINAL, layers.terminal(unresolved));
    ConsumerRun consumer = consumer(EnvConsumer.INTEGRATED_TERMINAL, "");
    List<EnvFinding> out = new ArrayList<>(EnvFindings.of(env, consumer));
    VsCodeChecks.unresolved(consumer.who(), unresolved).ifPresent(out::add);
    return env.withFindings(out);
  }

  /**
   * Resolves the environment of a launch.json debug configuration.
   *
   * @param configurationName the configuration's {@code name}
   * @return the environment with provenance and findings
   * @throws IllegalArgumentException when no configuration has that name; the message lists them
   */
  public ResolvedEnv debugEnv(String configurationName) {
    VsCodeLaunchConfiguration config =
        launch.configurations().stream()
            .filter(c -> c.name().equals(configurationName))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "No launch configuration named \""
                            + configurationName
                            + "\" in "
                            + launch.file().orElse(directory + "/.vscode/launch.json (missing)")
                            + "; known names: "
                            + names()));
    List<String> unresolved = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    String file = launch.file().orElse("launch.json");
    ResolvedEnv env =
        resolve(EnvConsumer.DEBUG_SESSION, layers.debug(file, config, unresolved, missing));
    ConsumerRun consumer = consumer(EnvConsumer.DEBUG_SESSION, configurationName);
    String who = consumer.who();
    List<EnvFinding> out = new ArrayList<>();
    VsCodeChecks.toolsEnvTarget(settings).ifPresent(out::add);
    out.addAll(EnvFindings.of(env, consumer));
    VsCodeChecks.unresolved(who, unresolved).ifPresent(out::add);
    VsCodeChecks.missingFiles(who + " envFile", missing).ifPresent(out::add);
    return env.withFindings(out);
  }

  /**
   * Resolves what this library's build of a target would run with from VS Code's process
   * environment (the builder's target variables on top; cgo by Go's rule).
   *
   * @param target the target
   * @return the environment with provenance and findings
   */
  public ResolvedEnv libraryBuildEnv(Target target) {
    List<EnvBinding> b = layers.process();
    b.addAll(TargetBindings.of(target));
    ResolvedEnv env = resolve(EnvConsumer.LIBRARY_BUILD, b);
    return env.withFindings(
        EnvFindings.of(env, consumer(EnvConsumer.LIBRARY_BUILD, target.toString())));
  }

  private ResolvedEnv resolve(EnvConsumer consumer, List<EnvBinding> processLayers) {
    return GoEnvResolver.resolve(consumer, processLayers, facts, files);
  }

  /** A consumer without a go command line of its own, running in the workspace folder. */
  private ConsumerRun consumer(EnvConsumer kind, String name) {
    return ConsumerRun.inWorkspace(
        kind, name, facts, directory, List.of(), GoEnvResolver.lookup(files));
  }

  private String tasksFile() {
    return tasks.file().orElse(directory + "/.vscode/tasks.json");
  }

  /**
   * Returns the task labels, in file order.
   *
   * @return the labels
   */
  public List<String> labels() {
    List<String> out = new ArrayList<>();
    tasks.tasks().forEach(t -> out.add(t.label()));
    return out;
  }

  /**
   * Returns the launch configuration names, in file order.
   *
   * @return the names
   */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    launch.configurations().forEach(c -> out.add(c.name()));
    return out;
  }
}
