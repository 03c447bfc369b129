package io.github.gocrossbuild.config;

import io.github.gocrossbuild.BuildSpec;
import io.github.gocrossbuild.Target;
import io.github.gocrossbuild.internal.config.ConfigWriter;
import io.github.gocrossbuild.internal.config.FunctionsDocs;
import io.github.gocrossbuild.internal.config.ProjectFacts;
import io.github.gocrossbuild.internal.config.ReleaseDocs;
import io.github.gocrossbuild.internal.config.VsCodeDocs;
import io.github.gocrossbuild.internal.placement.Placement;
import io.github.gocrossbuild.internal.plan.OutputNaming;
import io.github.gocrossbuild.internal.plan.Planner;
import io.github.gocrossbuild.internal.plan.TargetPlan;
import io.github.gocrossbuild.spi.BuildHost;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The project's config files, generated from one build spec so that they agree with what {@code
 * run()} builds: VS Code tasks, launch configurations and settings, a dev container, a GoReleaser
 * file and, for a target Azure Functions runs, its {@code host.json} and {@code
 * local.settings.json}. Immutable; made by {@code GoCrossBuilder.configs()}.
 *
 * <pre>{@code
 * ProjectConfigs configs = GoCrossBuild.target("linux/arm64").noCgo().moduleDir(module).configs();
 * ConfigWriteReport report = configs.writeTo(workspace);
 * }</pre>
 *
 * <p>The accessors return the text of a new file with paths relative to the module directory as the
 * workspace folder; {@link #writeTo(Path)} writes paths relative to the workspace given. Each task
 * runs exactly the {@code go build} argv of {@code run()} (with the toolchain it found) and sets
 * exactly the variables {@code run()} sets, so it builds the same bytes; a variable {@code run()}
 * removes is set empty, which Go reads as unset.
 */
public final class ProjectConfigs {
  private final ProjectFacts facts;

  private ProjectConfigs(ProjectFacts facts) {
    this.facts = facts;
  }

  /**
   * Plans the spec's builds on a host, without building, and describes the files.
   *
   * @param spec what to build
   * @param host where it is built: this machine's host plans the tasks (with its environment); for
   *     any other host the tasks are planned on this machine, where VS Code runs them, and a host
   *     that can debug (an SSH host) adds remote attach configurations
   * @return the configs
   * @throws io.github.gocrossbuild.ToolchainNotFoundException when the host has no Go
   */
  public static ProjectConfigs of(BuildSpec spec, BuildHost host) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(host, "host");
    Placement where = Placement.on(host);
    Planner planner = new Planner(spec);
    BuildHost local = where.tasksHost();
    List<TargetPlan> plans = new ArrayList<>();
    for (Target t : spec.targets()) {
      plans.add(planner.plan(t, local, Planner.Use.DESCRIBE));
    }
    Path module = planner.moduleDir();
    String base = planner.baseName();
    Optional<String> debugHost = where.remoteDebugHost();
    return new ProjectConfigs(
        new ProjectFacts(
            spec,
            List.copyOf(plans),
            base,
            Target.current(),
            // Remote-SSH with a dev container runs the container on the SSH host.
            local == host ? Target.current() : host.platform(),
            debugHost,
            OutputNaming.modulePath(module).orElse(module.toString()),
            List.of(),
            false));
  }

  /**
   * Returns a copy whose dev container forwards these ports (none by default).
   *
   * @param ports the ports, e.g. {@code 8080}
   * @return the copy
   */
  public ProjectConfigs forwardPorts(int... ports) {
    List<Integer> list = new ArrayList<>();
    for (int p : Objects.requireNonNull(ports, "ports")) {
      if (p < 1 || p > 65535) {
        throw new IllegalArgumentException("forwardPorts: " + p + " is not a port");
      }
      list.add(p);
    }
    return new ProjectConfigs(facts.with(list, facts.forwardHttp()));
  }

  /**
   * Returns a copy whose {@code host.json} sets {@code enableForwardingHttpRequest} (false by
   * default).
   *
   * @param on whether the Functions host forwards HTTP requests to the handler unchanged
   * @return the copy
   */
  public ProjectConfigs forwardHttpRequests(boolean on) {
    return new ProjectConfigs(facts.with(facts.forwardPorts(), on));
  }

  /**
   * Returns {@code .vscode/tasks.json}: one {@code process} task per target, labelled {@code go
   * build <target>}, the host platform's the default build.
   *
   * @return the file's text
   */
  public String tasksJson() {
    return VsCodeDocs.tasks(facts, facts.moduleDir()).render();
  }

  /**
   * Returns {@code .vscode/launch.json}: a local debug configuration and, when the builder builds
   * on an SSH host, a remote attach configuration per target (port {@value VsCodeDocs#DEBUG_PORT}).
   *
   * @return the file's text
   */
  public String launchJson() {
    return VsCodeDocs.launch(facts, facts.moduleDir()).render();
  }

  /**
   * Returns {@code .vscode/settings.json}: the build tags for the Go extension and gopls, never a
   * target in {@code go.toolsEnvVars}.
   *
   * @return the file's text
   */
  public String settingsJson() {
    return VsCodeDocs.settings(facts).render();
  }

  /**
   * Returns {@code .devcontainer/devcontainer.json}: the Go image of the toolchain's minor version.
   * The container runs where it is opened: on this machine, or on the SSH host the builder builds
   * on (Remote-SSH with a dev container); its platform is pinned ({@code --platform}) only when
   * that machine's architecture is not this machine's, and never to a target's, which would run the
   * whole container under emulation.
   *
   * @return the file's text
   */
  public String devcontainerJson() {
    return ReleaseDocs.devcontainer(facts).render();
  }

  /**
   * Returns {@code .goreleaser.yaml} (version 2): one build per target with the same variables,
   * flags, linker flags and tags as {@code run()}.
   *
   * @return the file's text
   */
  public String goreleaserYaml() {
    return ReleaseDocs.goreleaser(facts, facts.moduleDir());
  }

  /**
   * Returns {@code host.json} of an Azure Functions custom handler: its {@code
   * defaultExecutablePath} is the artifact of the first target Azure Functions runs (linux/amd64,
   * windows/amd64 or windows/386), relative to the module directory.
   *
   * @return the file's text
   * @throws IllegalStateException when no target is a platform Azure Functions runs; the message
   *     names the targets and the fix
   */
  public String hostJson() {
    TargetPlan handler =
        FunctionsDocs.handler(facts)
            .orElseThrow(() -> new IllegalStateException(FunctionsDocs.noHandler(facts)));
    return FunctionsDocs.host(facts, handler, facts.moduleDir()).render();
  }

  /**
   * Returns {@code local.settings.json} for Azure Functions Core Tools: {@code
   * FUNCTIONS_WORKER_RUNTIME} is {@code custom}, as a Go handler needs.
   *
   * @return the file's text
   */
  public String localSettingsJson() {
    return FunctionsDocs.localSettings().render();
  }

  /**
   * Writes the files into a workspace, merging into existing ones; an existing {@code
   * .goreleaser.yaml} is left alone.
   *
   * @param workspaceDir the workspace folder
   * @return what happened to each file
   * @see #writeTo(Path, WriteMode)
   */
  public ConfigWriteReport writeTo(Path workspaceDir) {
    return writeTo(workspaceDir, WriteMode.MERGE);
  }

  /**
   * Writes the files into a workspace. JSON files that exist are edited in place: entries this
   * method wrote before (marked by a comment) are updated, missing ones added, and everything else
   * stays byte for byte; a user's entry with a generated label or name that differs is left alone
   * and reported as a conflict. Writing twice with the same spec changes nothing. Each file is
   * replaced atomically.
   *
   * @param workspaceDir the workspace folder
   * @param mode whether an existing {@code .goreleaser.yaml} is replaced
   * @return what happened to each file
   * @throws java.io.UncheckedIOException when a file cannot be written
   */
  public ConfigWriteReport writeTo(Path workspaceDir, WriteMode mode) {
    Path ws = Objects.requireNonNull(workspaceDir, "workspaceDir").toAbsolutePath().normalize();
    Objects.requireNonNull(mode, "mode");
    List<ConfigFileReport> out = new ArrayList<>();
    out.add(ConfigWriter.json(ws.resolve(".vscode/tasks.json"), VsCodeDocs.tasks(facts, ws)));
    out.add(ConfigWriter.json(ws.resolve(".vscode/launch.json"), VsCodeDocs.launch(facts, ws)));
    out.add(ConfigWriter.json(ws.resolve(".vscode/settings.json"), VsCodeDocs.settings(facts)));
    out.add(
        ConfigWriter.json(
            ws.resolve(".devcontainer/devcontainer.json"), ReleaseDocs.devcontainer(facts)));
    out.add(
        ConfigWriter.whole(
            ws.resolve(".goreleaser.yaml"),
            ReleaseDocs.goreleaser(facts, ws),
            mode == WriteMode.REPLACE_YAML));
    Optional<TargetPlan> handler = FunctionsDocs.handler(facts);
    for (String name : List.of("host.json", "local.settings.json")) {
      Path file = ws.resolve(name);
      out.add(
          handler.isEmpty()
              ? new ConfigFileReport(
                  file, ConfigFileStatus.SKIPPED, List.of(FunctionsDocs.noHandler(facts)))
              : ConfigWriter.json(
                  file,
                  name.equals("host.json")
                      ? FunctionsDocs.host(facts, handler.get(), ws)
                      : FunctionsDocs.localSettings()));
    }
    return new ConfigWriteReport(out);
  }
}
