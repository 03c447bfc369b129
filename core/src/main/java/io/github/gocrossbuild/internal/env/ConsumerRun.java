package io.github.gocrossbuild.internal.env;

import io.github.gocrossbuild.env.EnvConsumer;
import io.github.gocrossbuild.env.ToolchainFacts;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One consumer that runs {@code go}, as {@link EnvFindings} sees it: which kind it is, which one (a
 * task label, a launch configuration name, the library build's target), where go runs and what its
 * command line sets. Every sentence the findings say about a consumer is derived here from {@link
 * #kind()} and {@link #name()}, never passed in as text.
 *
 * @param kind the kind of consumer
 * @param name which one: the task label, the configuration name or the target; empty for the Go
 *     extension's tools, installer and tests
 * @param facts the toolchain that runs
 * @param directory where go runs (the workspace folder or the module)
 * @param pkg the package pattern go builds
 * @param commandFlags the flag names the consumer's go command line sets, e.g. {@code -ldflags}
 * @param ccLookup whether a C compiler is on the PATH go runs with (a remote host cannot be looked
 *     at from here: then it answers yes)
 */
public record ConsumerRun(
    EnvConsumer kind,
    String name,
    ToolchainFacts facts,
    Path directory,
    String pkg,
    List<String> commandFlags,
    GoDefaults.CommandLookup ccLookup) {

  /**
   * Checks the parts.
   *
   * @param kind the kind
   * @param name which one
   * @param facts the toolchain
   * @param directory where go runs
   * @param pkg the package pattern
   * @param commandFlags the command line's flags
   * @param ccLookup the C compiler lookup
   */
  public ConsumerRun {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(pkg, "pkg");
    commandFlags = List.copyOf(commandFlags);
    Objects.requireNonNull(ccLookup, "ccLookup");
  }

  /**
   * Describes a VS Code consumer of a workspace: go runs in the folder on {@code ./...}, on this
   * machine.
   *
   * @param kind the kind
   * @param name which one, or empty
   * @param facts the toolchain
   * @param workspace the workspace folder
   * @param commandFlags the flags on its go command line
   * @return the consumer
   */
  public static ConsumerRun inWorkspace(
      EnvConsumer kind,
      String name,
      ToolchainFacts facts,
      Path workspace,
      List<String> commandFlags) {
    return inWorkspace(kind, name, facts, workspace, commandFlags, GoEnvResolver::onLocalPath);
  }

  /**
   * Describes a VS Code consumer of a workspace on the machine whose commands a lookup finds.
   *
   * @param kind the kind
   * @param name which one, or empty
   * @param facts the toolchain
   * @param workspace the workspace folder
   * @param commandFlags the flags on its go command line
   * @param ccLookup finds the C compiler where go runs
   * @return the consumer
   */
  public static ConsumerRun inWorkspace(
      EnvConsumer kind,
      String name,
      ToolchainFacts facts,
      Path workspace,
      List<String> commandFlags,
      GoDefaults.CommandLookup ccLookup) {
    return new ConsumerRun(kind, name, facts, workspace, "./...", commandFlags, ccLookup);
  }

  /**
   * Names the consumer in a sentence.
   *
   * @return e.g. {@code task "build"} or {@code the library build of linux/arm64}
   */
  public String who() {
    return switch (kind) {
      case LIBRARY_BUILD -> "the library build of " + name;
      case VSCODE_TASK -> String.format("task \"%s\"", name);
      case GO_EXTENSION_TOOLS -> "the Go extension's tools";
      case GO_EXTENSION_TOOL_INSTALLER -> "the Go extension's tool installer";
      case GO_EXTENSION_TESTS -> "the Go extension's tests";
      case DEBUG_SESSION -> String.format("debug configuration \"%s\"", name);
      case INTEGRATED_TERMINAL -> "the integrated terminal";
    };
  }

  /**
   * Names the consumer's go command line in a sentence.
   *
   * @return e.g. {@code task "build"'s command line}
   */
  public String commandLine() {
    return kind == EnvConsumer.LIBRARY_BUILD
        ? "the library build's command line"
        : who() + "'s command line";
  }

  /**
   * Says where to configure the target instead of inheriting GOOS/GOARCH; empty for the library
   * build, whose target always wins.
   *
   * @return the advice, or the empty string
   */
  public String targetFix() {
    String host = facts.hostTarget().toString();
    return switch (kind) {
      case LIBRARY_BUILD -> "";
      case VSCODE_TASK ->
          "Set it in the task's \"options\": {\"env\": {...}} so the task does not depend on the"
              + " shell or go env file it runs under.";
      case GO_EXTENSION_TOOLS, GO_EXTENSION_TESTS ->
          String.format(
              "Tools, tests and debugging must target this machine (%s); set GOOS/GOARCH only in"
                  + " build tasks' options.env.",
              host);
      case GO_EXTENSION_TOOL_INSTALLER ->
          "The installer deletes GOOS/GOARCH from its environment, so this value comes back from"
              + " the go env file and tools are installed for the wrong platform: run `go env -u`"
              + " for it.";
      case DEBUG_SESSION ->
          String.format("A debug session must build for this machine (%s); remove it there.", host);
      case INTEGRATED_TERMINAL ->
          "A `go build` typed in the terminal builds for this; set the target on the command line"
              + " or in a task instead of in the shell's startup files or"
              + " terminal.integrated.env.";
    };
  }

  /**
   * Says how to decide cgo when a cross build turned it off.
   *
   * @return the advice
   */
  public String cgoFix() {
    return kind == EnvConsumer.LIBRARY_BUILD
        ? "call cgo() with a C cross compiler in env(\"CC\", ...), or noCgo() to say that pure Go"
            + " is meant"
        : "set CGO_ENABLED=0 to say pure Go is meant, or CGO_ENABLED=1 with CC set to a C cross"
            + " compiler";
  }
}
