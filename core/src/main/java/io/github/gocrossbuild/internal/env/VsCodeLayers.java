package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.config.VsCodeLaunchConfiguration;
import io.github.gocrossbuild.config.VsCodeSettings;
import io.github.gocrossbuild.config.VsCodeTask;
import io.github.gocrossbuild.config.VsCodeTasks;
import io.github.gocrossbuild.env.EnvBinding;
import io.github.gocrossbuild.env.EnvLayer;
import io.github.gocrossbuild.env.ResolvedEnv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The process-environment layers of each VS Code consumer, in the order VS Code and the Go
 * extension ({@code goEnv.ts}, {@code testUtils.ts}, {@code goDebugConfiguration.ts}, {@code
 * goDebugFactory.ts}) apply them. What go then reads itself is added by {@link GoEnvResolver}.
 */
public final class VsCodeLayers {
  private static final List<String> INSTALLER_DELETES =
      List.of("GOOS", "GOARCH", "GOROOT", "GOFLAGS", "GOENV", "GO111MODULE");

  private final VsCodeVariables.Context ctx;
  private final VsCodeSettings settings;
  private final String osKey;

  /**
   * Creates the layer builder of one workspace.
   *
   * @param ctx the substitution context
   * @param settings the settings
   * @param osKey the tasks.json OS key of this machine: {@code linux}, {@code osx}, {@code windows}
   */
  public VsCodeLayers(VsCodeVariables.Context ctx, VsCodeSettings settings, String osKey) {
    this.ctx = ctx;
    this.settings = settings;
    this.osKey = osKey;
  }

  /**
   * Returns VS Code's own process environment.
   *
   * @return one PROCESS binding per variable
   */
  public List<EnvBinding> process() {
    List<EnvBinding> out = new ArrayList<>();
    ctx.processEnv.forEach(
        (k, v) ->
            out.add(
                EnvBinding.of(
                    k,
                    v,
                    EnvLayer.PROCESS,
                    ctx.processOrigins.getOrDefault(k, "process environment (of VS Code)"))));
    return out;
  }

  /**
   * Returns a task's layers: process, file-wide {@code options.env} (then its OS override), the
   * task's {@code options.env} (then its OS override). A task-level {@code env} is not a layer.
   *
   * @param tasks the file
   * @param task the task
   * @param unresolved collects variables VS Code would prompt for or cannot resolve here
   * @return the bindings, lowest first
   */
  public List<EnvBinding> task(VsCodeTasks tasks, VsCodeTask task, List<String> unresolved) {
    String file = tasks.file().orElse("tasks.json");
    List<EnvBinding> out = process();
    addVsCode(
        out, tasks.optionsEnv(), EnvLayer.TASKS_OPTIONS_ENV, file + " options.env", unresolved);
    addVsCode(
        out,
        tasks.osOptionsEnv().getOrDefault(osKey, Map.of()),
        EnvLayer.TASKS_OPTIONS_ENV,
        file + " " + osKey + ".options.env",
        unresolved);
    String label = "task \"" + task.label() + "\"";
    addVsCode(
        out,
        task.optionsEnv(),
        EnvLayer.TASK_OPTIONS_ENV,
        file + " " + label + " options.env",
        unresolved);
    addVsCode(
        out,
        task.osOptionsEnv().getOrDefault(osKey, Map.of()),
        EnvLayer.TASK_OPTIONS_ENV,
        file + " " + label + " " + osKey + ".options.env",
        unresolved);
    return out;
  }

  /**
   * Returns the integrated terminal's layers: the process environment, then {@code
   * terminal.integrated.env.<os>} ({@code null} removes a variable).
   *
   * @param unresolved collects variables VS Code cannot resolve here
   * @return the bindings, lowest first
   */
  public List<EnvBinding> terminal(List<String> unresolved) {
    List<EnvBinding> out = process();
    String key = "terminal.integrated.env." + osKey;
    EnvLayer layer = EnvLayer.VSCODE_TERMINAL_ENV;
    Map<String, Optional<String>> env = settings.terminalEnv().getOrDefault(osKey, Map.of());
    env.forEach(
        (k, v) ->
            v.ifPresentOrElse(
                value ->
                    addVsCode(out, Map.of(k, value), layer, settings.origin(key, k), unresolved),
                () -> out.add(EnvBinding.removal(k, layer, settings.origin(key, k)))));
    return out;
  }

  /**
   * Returns the Go extension's tool environment ({@code toolExecutionEnvironment}).
   *
   * @return the bindings, lowest first
   */
  public List<EnvBinding> tools() {
    List<EnvBinding> out = newEnvironment();
    currentGopath().ifPresent(out::add);
    // The extension strips -json from GOFLAGS so tool output stays parseable.
    String goflags = partial(out).get("GOFLAGS").orElse("");
    if (goflags.contains("-json")) {
      out.add(
          EnvBinding.of(
              "GOFLAGS",
              goflags.replaceAll("(^|\\s+)-?-json[^\\s]*", ""),
              EnvLayer.VSCODE_TOOLS_ENV_VARS,
              "Go extension (removes -json from GOFLAGS)"));
    }
    return out;
  }

  /**
   * Returns the tool installer's environment ({@code toolInstallationEnvironment}).
   *
   * @return the bindings, lowest first
   */
  public List<EnvBinding> toolInstaller() {
    List<EnvBinding> out = newEnvironment();
    String origin = "Go extension tool installer";
    Optional<String> toolsGopath =
        settings
            .toolsGopath()
            .filter(s -> !s.isEmpty())
            .map(s -> VsCodeVariables.resolvePath(s, ctx));
    if (toolsGopath.isPresent()) {
      out.add(
          EnvBinding.of(
              "GOPATH",
              toolsGopath.get(),
              EnvLayer.VSCODE_GO_PATH_SETTINGS,
              settings.origin("go.toolsGopath")));
      out.add(
          EnvBinding.of(
              "GOBIN",
              "",
              EnvLayer.TOOL_INSTALLER,
              origin + " (empties GOBIN because go.toolsGopath is set)"));
    } else {
      Optional<EnvBinding> gopath = currentGopath();
      out.add(
          gopath.orElse(
              EnvBinding.removal(
                  "GOPATH",
                  EnvLayer.TOOL_INSTALLER,
                  origin + " (no go.gopath and no GOPATH in the process: GOPATH left unset)")));
    }
    out.add(
        EnvBinding.of(
            "GOTOOLCHAIN", "auto", EnvLayer.TOOL_INSTALLER, origin + " (forces GOTOOLCHAIN=auto)"));
    for (String name : INSTALLER_DELETES) {
      out.add(
          EnvBinding.removal(
              name,
              EnvLayer.TOOL_INSTALLER,
              origin
                  + " (deletes it so tools build for the host; a go env file value applies again)"));
    }
    settings
        .toolsBuildEnvVars()
        .forEach(
            (k, v) ->
                out.add(
                    EnvBinding.of(
                        k,
                        VsCodeVariables.goExtension(v, ctx),
                        EnvLayer.VSCODE_TOOLS_BUILD_ENV_VARS,
                        settings.origin("go.toolsManagement.buildEnvVars", k))));
    return out;
  }

  /**
   * Returns the test runner's environment ({@code getTestEnvVars}): tools, then {@code
   * go.testEnvFile}, then {@code go.testEnvVars} (path-resolved, no {@code ${env:}}).
   *
   * @param missing collects a test env file that cannot be read
   * @return the bindings, lowest first
   */
  public List<EnvBinding> tests(List<String> missing) {
    List<EnvBinding> out = tools();
    settings
        .testEnvFile()
        .filter(s -> !s.isBlank())
        .ifPresent(
            f -> {
              String path = VsCodeVariables.resolvePath(f, ctx);
              Optional<Map<String, String>> values = DotEnvFiles.read(ctx.files, path, Map.of());
              if (values.isEmpty()) {
                missing.add(path);
              }
              values
                  .orElse(Map.of())
                  .forEach(
                      (k, v) ->
                          out.add(
                              EnvBinding.of(
                                  k,
                                  VsCodeVariables.resolvePath(v, ctx),
                                  EnvLayer.VSCODE_TEST_ENV_FILE,
                                  settings.origin("go.testEnvFile") + " " + path)));
            });
    settings
        .testEnvVars()
        .forEach(
            (k, v) ->
                out.add(
                    EnvBinding.of(
                        k,
                        VsCodeVariables.resolvePath(v, ctx),
                        EnvLayer.VSCODE_TEST_ENV_VARS,
                        settings.origin("go.testEnvVars", k))));
    return out;
  }

  /**
   * Returns a debug session's environment: the tool environment (dlv is spawned with the
   * extension's process environment even for dlv-dap, whose launch request itself carries only
   * go.toolsEnvVars, envFile and env), then {@code envFile}, then {@code env}.
   *
   * @param file the launch.json name
   * @param config the configuration
   * @param unresolved collects unresolvable variables
   * @param missing collects env files that cannot be read
   * @return the bindings, lowest first
   */
  public List<EnvBinding> debug(
      String file,
      VsCodeLaunchConfiguration config,
      List<String> unresolved,
      List<String> missing) {
    List<EnvBinding> out = tools();
    Map<String, String> globals = partial(out).processEnvironment();
    String who = file + " \"" + config.name() + "\"";
    for (String f : config.envFiles()) {
      VsCodeVariables.Result path = VsCodeVariables.vsCode(f, ctx);
      unresolved.addAll(path.unresolved());
      Optional<Map<String, String>> values = DotEnvFiles.read(ctx.files, path.value(), globals);
      if (values.isEmpty()) {
        missing.add(path.value());
      }
      values
          .orElse(Map.of())
          .forEach(
              (k, v) ->
                  out.add(
                      EnvBinding.of(
                          k, v, EnvLayer.LAUNCH_ENV_FILE, who + " envFile " + path.value())));
    }
    addVsCode(out, config.env(), EnvLayer.LAUNCH_ENV, who + " env", unresolved);
    for (String name : config.unsetEnv()) {
      out.add(EnvBinding.removal(name, EnvLayer.LAUNCH_ENV, who + " env (null unsets it)"));
    }
    return out;
  }

  /** The extension's {@code newEnvironment}: process, go.goroot, go.toolsEnvVars, http.proxy. */
  private List<EnvBinding> newEnvironment() {
    List<EnvBinding> out = process();
    settings
        .goroot()
        .filter(s -> !s.isEmpty())
        .ifPresent(
            r ->
                out.add(
                    EnvBinding.of(
                        "GOROOT",
                        VsCodeVariables.goExtension(r, ctx),
                        EnvLayer.VSCODE_GO_PATH_SETTINGS,
                        settings.origin("go.goroot")
                            + " (the extension sets GOROOT in its own process)")));
    settings
        .toolsEnvVars()
        .forEach(
            (k, v) ->
                out.add(
                    EnvBinding.of(
                        k,
                        VsCodeVariables.goExtension(v, ctx),
                        EnvLayer.VSCODE_TOOLS_ENV_VARS,
                        settings.origin("go.toolsEnvVars", k))));
    settings
        .httpProxy()
        .filter(s -> !s.isEmpty())
        .ifPresent(
            p -> {
              for (String name :
                  List.of("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY")) {
                out.add(
                    EnvBinding.of(
                        name, p, EnvLayer.VSCODE_HTTP_PROXY, settings.origin("http.proxy")));
              }
            });
    return out;
  }

  /**
   * {@code getCurrentGoPath}: with {@code go.inferGopath}, the GOPATH inferred from the workspace
   * (the part before its last {@code src} folder, else the workspace itself when it holds {@code
   * src/}; dropped when that folder holds a go.mod; the process GOPATH appended); else go.gopath,
   * else the process GOPATH, re-applied last.
   */
  private Optional<EnvBinding> currentGopath() {
    String process = ctx.processEnv.getOrDefault("GOPATH", "");
    Optional<String> inferred = settings.inferGopath() ? InferredGopath.of(ctx) : Optional.empty();
    if (inferred.isPresent()) {
      String delimiter = ctx.separator.equals("\\") ? ";" : ":";
      String value =
          !process.isEmpty() && !process.equals(inferred.get())
              ? inferred.get() + delimiter + process
              : inferred.get();
      return Optional.of(
          EnvBinding.of(
              "GOPATH",
              value,
              EnvLayer.VSCODE_GO_PATH_SETTINGS,
              settings.origin("go.inferGopath") + " (inferred from the workspace folder)"));
    }
    Optional<String> configured = settings.gopath().filter(s -> !s.isEmpty());
    if (configured.isPresent()) {
      return Optional.of(
          EnvBinding.of(
              "GOPATH",
              VsCodeVariables.goExtension(configured.get(), ctx),
              EnvLayer.VSCODE_GO_PATH_SETTINGS,
              settings.origin("go.gopath")));
    }
    return process.isEmpty()
        ? Optional.empty()
        : Optional.of(
            EnvBinding.of(
                "GOPATH",
                process,
                EnvLayer.VSCODE_GO_PATH_SETTINGS,
                "Go extension (re-applies the process GOPATH after go.toolsEnvVars)"));
  }

  private void addVsCode(
      List<EnvBinding> out,
      Map<String, String> values,
      EnvLayer layer,
      String origin,
      List<String> unresolved) {
    values.forEach(
        (k, v) -> {
          VsCodeVariables.Result r = VsCodeVariables.vsCode(v, ctx);
          unresolved.addAll(r.unresolved());
          out.add(EnvBinding.of(k, r.value(), layer, origin));
        });
  }

  private static ResolvedEnv partial(List<EnvBinding> bindings) {
    return ResolvedEnv.of(
        io.github.gocrossbuild.env.EnvConsumer.GO_EXTENSION_TOOLS, bindings, List.of());
  }
}
