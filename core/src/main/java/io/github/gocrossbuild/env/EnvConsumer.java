package io.github.gocrossbuild.env;

/** Who runs {@code go} with an environment; each has its own ordered stack of layers. */
public enum EnvConsumer {
  /** This library's own build ({@code GoCrossBuilder.run()}). */
  LIBRARY_BUILD,
  /** A VS Code task from tasks.json. */
  VSCODE_TASK,
  /** The Go extension's tools: gopls, go vet, formatting, ... */
  GO_EXTENSION_TOOLS,
  /** The Go extension's tool installer ({@code Go: Install/Update Tools}). */
  GO_EXTENSION_TOOL_INSTALLER,
  /** The Go extension's test runner. */
  GO_EXTENSION_TESTS,
  /** A debug session from launch.json. */
  DEBUG_SESSION,
  /**
   * VS Code's integrated terminal: the process environment (with Remote-SSH, the server's login
   * shell) with {@code terminal.integrated.env.<os>} on top.
   */
  INTEGRATED_TERMINAL
}
